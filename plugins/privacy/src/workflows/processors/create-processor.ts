import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProcessorStep, type ProcessorFields } from "./steps/create-processor"

/** An admin adds a processor (a third party receiving personal data) to the art. 30 register. */
export const createProcessorWorkflow = createWorkflow("privacy-create-processor", (input: ProcessorFields) => {
  return new WorkflowResponse(createProcessorStep(input))
})
