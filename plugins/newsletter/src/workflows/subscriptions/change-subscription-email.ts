import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { endSubscriptionsForEmailChangeStep } from "./steps/end-subscriptions-for-email-change"
import { recordSubscriptionRequestStep } from "./steps/record-subscription-request"
import { sendConfirmationMailStep } from "./steps/send-confirmation-mail"

export type ChangeSubscriptionEmailInput = { customer_id: string; email: string }

/**
 * A customer's address changed: the old address's opt-in ends, and when it was
 * active the new address gets its own double opt-in mail. Consent never moves.
 */
export const changeSubscriptionEmailWorkflow = createWorkflow("newsletter-change-subscription-email", (input: ChangeSubscriptionEmailInput) => {
  const reconfirm = endSubscriptionsForEmailChangeStep(input)
  const requested = when({ reconfirm }, ({ reconfirm }) => !!reconfirm).then(() => {
    const result = recordSubscriptionRequestStep(
      transform({ input, reconfirm }, ({ input, reconfirm }) => ({
        email: input.email,
        customer_id: input.customer_id,
        locale: reconfirm!.locale,
        consent_text_id: reconfirm!.consent_text_id,
        source: "customer.email_changed",
      }))
    )
    sendConfirmationMailStep(result)
    return result
  })
  return new WorkflowResponse(transform({ requested }, ({ requested }) => requested?.outcome ?? null))
})
