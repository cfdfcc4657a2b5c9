import { MedusaContainer } from "@medusajs/framework/types"
import { runContestMaintenance } from "../utils/maintenance"

/** Draws due contests, expires and redraws unclaimed prizes, deletes old entries, anonymises old winners. */
export default async function contestsMaintenanceJob(container: MedusaContainer) {
  await runContestMaintenance(container)
}

export const config = {
  name: "contests-maintenance",
  schedule: "*/5 * * * *",
}
