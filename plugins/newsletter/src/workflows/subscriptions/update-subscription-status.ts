import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetSubscriptionStatusInput, setSubscriptionStatusStep } from "./steps/set-subscription-status"
import { validateSubscriptionExistsStep } from "./steps/validate-subscription-exists"

export type UpdateSubscriptionStatusInput = SetSubscriptionStatusInput

/** Admin change: unsubscribe or suppress a subscriber, recorded in the consent ledger. */
export const updateSubscriptionStatusWorkflow = createWorkflow("newsletter-update-subscription-status", (input: UpdateSubscriptionStatusInput) => {
  validateSubscriptionExistsStep(input.subscription_id)
  return new WorkflowResponse(setSubscriptionStatusStep(input))
})
