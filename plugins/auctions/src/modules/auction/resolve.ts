import { MedusaContainer } from "@medusajs/framework/types"
import { AUCTION_MODULE } from "."
import AuctionModuleService from "./service"

/** The auction module service from a container (steps, jobs). */
export const auctionOf = (container: Pick<MedusaContainer, "resolve">): AuctionModuleService => container.resolve(AUCTION_MODULE)
