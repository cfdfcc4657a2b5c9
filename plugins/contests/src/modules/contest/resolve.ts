import { MedusaContainer } from "@medusajs/framework/types"
import { CONTEST_MODULE } from "."
import ContestModuleService from "./service"

/** The contest module service from a container (steps, jobs, routes). */
export const contestOf = (container: Pick<MedusaContainer, "resolve">): ContestModuleService => container.resolve(CONTEST_MODULE)
