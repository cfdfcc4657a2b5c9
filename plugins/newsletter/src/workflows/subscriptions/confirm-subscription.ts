import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ConfirmSubscriptionInput, confirmSubscriptionStep } from "./steps/confirm-subscription"

/** Confirms a double opt-in from the link in the mail; confirming twice answers already_confirmed. */
export const confirmSubscriptionWorkflow = createWorkflow(
  "newsletter-confirm-subscription",
  (input: ConfirmSubscriptionInput) => new WorkflowResponse(confirmSubscriptionStep(input))
)
