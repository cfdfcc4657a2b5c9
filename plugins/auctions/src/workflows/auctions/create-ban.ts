import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateBanInput, createBanStep } from "./steps/create-ban"
import { validateBanStep } from "./steps/validate-ban"

/** Bans a customer from bidding on every lot; 422 when already banned. */
export const createBanWorkflow = createWorkflow("auctions-create-ban", (input: CreateBanInput) => {
  validateBanStep(input.customer_id)
  return new WorkflowResponse(createBanStep(input))
})
