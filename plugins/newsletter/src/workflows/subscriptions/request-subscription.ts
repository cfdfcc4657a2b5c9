import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RecordSubscriptionRequestInput, recordSubscriptionRequestStep } from "./steps/record-subscription-request"
import { sendConfirmationMailStep } from "./steps/send-confirmation-mail"
import { validateSubscriptionRequestStep } from "./steps/validate-subscription-request"

export type RequestSubscriptionInput = RecordSubscriptionRequestInput

/** Double opt-in subscribe: validate, record the request and its token, then mail the confirm link. */
export const requestSubscriptionWorkflow = createWorkflow("newsletter-request-subscription", (input: RequestSubscriptionInput) => {
  validateSubscriptionRequestStep(input)
  const result = recordSubscriptionRequestStep(input)
  sendConfirmationMailStep(result)
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      outcome: result.outcome,
      retry_after: result.outcome === "rate_limited" ? result.retry_after : null,
    }))
  )
})
