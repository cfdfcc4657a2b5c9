import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { closeMultiSafepaySessionStep } from "./steps/close-session"
import { flagMultiSafepayLatePaymentStep } from "./steps/flag-late-payment"
import { recordMultiSafepayDisputeStep } from "./steps/record-dispute"
import { planMultiSafepayPaymentDataStep } from "./steps/plan-payment-data"
import { MultiSafepayNotificationInput, screenMultiSafepayNotificationStep } from "./steps/screen-notification"
import { updateMultiSafepayPaymentDataStep } from "./steps/update-payment-data"

export type { MultiSafepayNotificationInput } from "./steps/screen-notification"

export const handleMultiSafepayNotificationWorkflowId = "multisafepay-handle-notification"

export type MultiSafepayNotificationResult = {
  route: "dispute" | "close_session" | "paid" | "ignore"
  /** A late payment was recorded (or found recorded) for it. */
  flagged: boolean
  /** Medusa's payment workflow ran on it (authorize, capture, complete the cart). */
  processed: boolean
  /** The session was closed (cancelled, expired, failed). */
  closed: boolean
}

/**
 * What a MultiSafepay status (from a verified webhook, or found by the reconciliation job) does in the shop,
 * in one workflow: screen → record the dispute and show the chargeback on the payment / close the cancelled
 * session / flag a late payment → Medusa's `processPaymentWorkflow` (authorize, capture, complete the cart),
 * exactly as Medusa's own webhook handler would run it. Every branch is decided by the screen's result.
 * Reading and verifying the webhook, and the once-per-transition claim across processes, happen before it
 * (subscribers/multisafepay-webhook.ts); the reconciliation re-fetches the order itself (utils/reconcile-sessions.ts).
 */
export const handleMultiSafepayNotificationWorkflow = createWorkflow(handleMultiSafepayNotificationWorkflowId, (input: MultiSafepayNotificationInput) => {
  const screen = screenMultiSafepayNotificationStep(input)

  when("multisafepay-notification-dispute", { screen }, ({ screen }) => screen.route === "dispute").then(() => {
    recordMultiSafepayDisputeStep(transform({ input }, ({ input }) => ({ session_id: input.session_id, order: input.order })))
    // The order's payment shows the chargeback at once (admin widget), as after "Sync status".
    const planned = planMultiSafepayPaymentDataStep(
      transform({ input }, ({ input }) => ({ provider_id: input.provider_id, session_id: input.session_id, order: input.order }))
    )
    updateMultiSafepayPaymentDataStep(planned)
  })

  const closed = when("multisafepay-notification-close-session", { screen }, ({ screen }) => screen.route === "close_session").then(() =>
    closeMultiSafepaySessionStep(
      transform({ input, screen }, ({ input, screen }) => ({
        provider_id: input.provider_id,
        session_id: input.session_id,
        order: input.order,
        status: screen.close_status!,
      }))
    )
  )

  const flagged = when("multisafepay-notification-late-payment", { screen }, ({ screen }) => screen.route === "paid" && !!screen.flag).then(() =>
    flagMultiSafepayLatePaymentStep(transform({ screen }, ({ screen }) => ({ flag: screen.flag!, proceed: screen.proceed })))
  )

  when("multisafepay-notification-process-payment", { screen }, ({ screen }) => screen.route === "paid" && screen.proceed).then(() => {
    processPaymentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        action: input.state === "captured" ? PaymentActions.SUCCESSFUL : PaymentActions.AUTHORIZED,
        data: { session_id: input.session_id, amount: input.amount },
      })),
    })
  })

  const result = transform({ screen, closed, flagged }, ({ screen, closed, flagged }): MultiSafepayNotificationResult => ({
    route: screen.route,
    flagged: !!flagged,
    processed: screen.route === "paid" && screen.proceed,
    closed: !!closed?.closed,
  }))
  return new WorkflowResponse(result)
})
