import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBanStep } from "./steps/delete-ban"

/** Lifts a ban. */
export const deleteBanWorkflow = createWorkflow("auctions-delete-ban", (input: { id: string }) => {
  return new WorkflowResponse(deleteBanStep(input.id))
})
