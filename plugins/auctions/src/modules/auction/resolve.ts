import { MedusaContainer } from "@medusajs/framework/types"
import AuctionModuleService from "./service"

/** The auction module service from a container (steps, jobs, subscribers). */
export const auctionOf = (container: Pick<MedusaContainer, "resolve">): AuctionModuleService => container.resolve("auction")
