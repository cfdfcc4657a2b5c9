import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UnsubscribeSubscriptionInput, unsubscribeSubscriptionStep } from "./steps/unsubscribe-subscription"

/** Unsubscribes one subscription (one-click link or account); answers invalid / already_unsubscribed / unsubscribed. */
export const unsubscribeSubscriptionWorkflow = createWorkflow(
  "newsletter-unsubscribe-subscription",
  (input: UnsubscribeSubscriptionInput) => new WorkflowResponse(unsubscribeSubscriptionStep(input))
)
