import { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "."
import ReviewModuleService from "./service"

/** The review module service from a container (routes, steps, jobs). */
export const reviewsOf = (container: Pick<MedusaContainer, "resolve">): ReviewModuleService => container.resolve(REVIEW_MODULE)
