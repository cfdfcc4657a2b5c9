import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProcessorStep } from "./steps/delete-processor"

/** An admin removes a processor from the register (404 when unknown). */
export const deleteProcessorWorkflow = createWorkflow("privacy-delete-processor", (input: { id: string }) => {
  return new WorkflowResponse(deleteProcessorStep(input))
})
