import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteUnconfirmedSubscriptionsStep } from "./steps/delete-unconfirmed-subscriptions"

/** One batch of the daily purge of subscriptions never confirmed within `purgeUnconfirmedAfterDays`; returns how many went. */
export const purgeUnconfirmedSubscriptionsWorkflow = createWorkflow(
  "newsletter-purge-unconfirmed-subscriptions",
  (input: { limit: number }) => new WorkflowResponse(deleteUnconfirmedSubscriptionsStep(input))
)
