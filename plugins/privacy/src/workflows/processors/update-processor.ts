import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProcessorStep, type UpdateProcessorInput } from "./steps/update-processor"

/** An admin changes a processor of the register (404 when unknown). */
export const updateProcessorWorkflow = createWorkflow("privacy-update-processor", (input: UpdateProcessorInput) => {
  return new WorkflowResponse(updateProcessorStep(input))
})
