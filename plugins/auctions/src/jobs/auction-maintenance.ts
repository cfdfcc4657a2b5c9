import { MedusaContainer } from "@medusajs/framework/types"
import { runAuctionMaintenance } from "../utils/settle"

/** Closes ended lots, reminds and expires unpaid winners, anonymises old losing bids. */
export default async function auctionMaintenanceJob(container: MedusaContainer) {
  await runAuctionMaintenance(container)
}

export const config = {
  name: "auctions-maintenance",
  schedule: "* * * * *",
}
