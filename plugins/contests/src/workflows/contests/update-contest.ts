import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContestFields } from "../../modules/contest/types"
import { updateContestStep } from "./steps/update-contest"
import { validateContestLimitsStep } from "./steps/validate-contest-limits"

/** Updates a contest after the code-limit checks; a changed text becomes a new terms version. */
export const updateContestWorkflow = createWorkflow("contests-update-contest", (input: { id: string; fields: ContestFields }) => {
  validateContestLimitsStep(transform({ input }, ({ input }) => ({ fields: input.fields, contest_id: input.id })))
  return new WorkflowResponse(updateContestStep(input))
})
