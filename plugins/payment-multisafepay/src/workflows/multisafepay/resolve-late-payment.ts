import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelPaymentStep, refundPaymentStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { closeLatePaymentStep } from "./steps/close-late-payment"
import { LatePaymentAction, planLatePaymentResolutionStep } from "./steps/plan-late-payment-resolution"
import { releaseLatePaymentStep } from "./steps/release-late-payment"

export type ResolveLatePaymentInput = { id: string; action: LatePaymentAction; actor_id?: string }

export const resolveLatePaymentWorkflowId = "multisafepay-resolve-late-payment"

/**
 * Handles a late MultiSafepay payment: `refund` gives the money back through the existing refund path
 * (Medusa's refund of the live Medusa payment when there is one, else the provider at MultiSafepay; an
 * authorization is voided), `mark_refunded` records a refund made elsewhere (MultiSafepay dashboard),
 * `keep` records that the merchant keeps it (e.g. ships the order placed from it). One resolution per
 * late payment: a lock serialises concurrent clicks and the second one finds it handled (409).
 */
export const resolveLatePaymentWorkflow = createWorkflow(resolveLatePaymentWorkflowId, (input: ResolveLatePaymentInput) => {
  const lockKey = transform({ input }, ({ input }) => `multisafepay-late-payment:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 120 })
  const plan = planLatePaymentResolutionStep({ id: input.id, action: input.action })

  when("late-payment-order-refund", { plan }, ({ plan }) => plan.route === "order_refund").then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ payment_id: plan.payment_id!, amount: plan.amount!, created_by: input.actor_id })),
    })
  })
  when("late-payment-payment-refund", { plan }, ({ plan }) => plan.route === "payment_refund").then(() => {
    refundPaymentStep(transform({ plan, input }, ({ plan, input }) => ({ payment_id: plan.payment_id!, amount: plan.amount!, created_by: input.actor_id })))
  })
  when("late-payment-payment-cancel", { plan }, ({ plan }) => plan.route === "payment_cancel").then(() => {
    cancelPaymentStep(transform({ plan }, ({ plan }) => ({ paymentIds: [plan.payment_id!] })))
  })
  const released = when("late-payment-at-multisafepay", { plan }, ({ plan }) => plan.route === "multisafepay").then(() =>
    releaseLatePaymentStep(transform({ plan }, ({ plan }) => ({ msp_order_id: plan.msp_order_id })))
  )

  const closed = closeLatePaymentStep(
    transform({ plan, released, input }, ({ plan, released, input }) => ({
      id: plan.id,
      status: released ? released.outcome : plan.status,
      payment_id: plan.route === "order_refund" || plan.route === "payment_refund" ? plan.payment_id : null,
      refund_transaction_id: released?.transaction_id ?? null,
      handled_by: input.actor_id ?? null,
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(closed)
})
