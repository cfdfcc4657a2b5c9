import { MedusaContainer } from "@medusajs/framework/types"
import { runDeletionSweep } from "../utils/sweep"

/**
 * Runs daily and deletes every backup whose deletion day has come. Deletion days
 * are always sweep days of the fixed schedule (`sweepDays`, e.g. the 1st and
 * 15th), except a customer's own-risk "delete sooner"; running daily also
 * catches up a day the server was down.
 */
export default async function repairsDeletionSweepJob(container: MedusaContainer) {
  await runDeletionSweep(container, { trigger: "job" })
}

export const config = {
  name: "repairs-deletion-sweep",
  schedule: "15 2 * * *",
}
