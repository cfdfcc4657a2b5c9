import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireClaimsStep } from "./steps/expire-claims"

/** Expires one batch of unclaimed prizes past their deadline; returns how many and the contests to redraw. */
export const expireContestClaimsWorkflow = createWorkflow("contests-expire-claims", (input: { limit: number }) => {
  return new WorkflowResponse(expireClaimsStep(input))
})
