import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContestFields } from "../../modules/contest/types"
import { createContestStep } from "./steps/create-contest"
import { validateContestLimitsStep } from "./steps/validate-contest-limits"

/** Creates a draft contest from the terms template after the code-limit checks. */
export const createContestWorkflow = createWorkflow("contests-create-contest", (fields: ContestFields) => {
  validateContestLimitsStep({ fields })
  return new WorkflowResponse(createContestStep(fields))
})
