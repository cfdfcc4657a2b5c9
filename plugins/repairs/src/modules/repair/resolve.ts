import { MedusaContainer } from "@medusajs/framework/types"
import RepairModuleService from "./service"

/** The repair module service from a container (steps, jobs, routes). */
export const repairOf = (container: Pick<MedusaContainer, "resolve">): RepairModuleService => container.resolve("repair")
