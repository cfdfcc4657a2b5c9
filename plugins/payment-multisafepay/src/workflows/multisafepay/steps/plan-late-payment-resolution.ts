import { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MULTISAFEPAY_MODULE } from "../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../modules/multisafepay/service"

export type LatePaymentAction = "refund" | "mark_refunded" | "keep"

/**
 * How a late payment is given back:
 * - `order_refund` / `payment_refund`: it is a live, captured Medusa payment: Medusa's refund (with the
 *   order's books when the payment belongs to an order), which calls the provider with an explicit amount;
 * - `payment_cancel`: a live, authorized-only Medusa payment: Medusa cancels it (the provider voids it);
 * - `multisafepay`: no live Medusa payment (canceled with the order, or never created): the provider
 *   refunds or voids it at MultiSafepay directly;
 * - `none`: nothing to move (already refunded, or the merchant only records a decision).
 */
export type ResolutionRoute = "order_refund" | "payment_refund" | "payment_cancel" | "multisafepay" | "none"

export type ResolutionPlan = {
  id: string
  msp_order_id: string
  route: ResolutionRoute
  payment_id: string | null
  amount: BigNumberInput | null
  status: "refunded" | "voided" | "kept"
}

type PaymentRow = {
  id: string
  canceled_at: string | null
  data: { order_id?: string } | null
  payment_collection_id: string
  captures?: { raw_amount: BigNumberInput }[]
  refunds?: { raw_amount: BigNumberInput }[]
}

const sum = (xs: { raw_amount: BigNumberInput }[] = []) => xs.reduce((s, x) => MathBN.add(s, x.raw_amount), MathBN.convert(0))

/** Validates that the late payment is still open and decides how to resolve it (read-only, no compensation). */
export const planLatePaymentResolutionStep = createStep(
  "multisafepay-plan-late-payment-resolution",
  async (input: { id: string; action: LatePaymentAction }, { container }) => {
    const store = container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
    const [record] = await store.listLatePayments({ id: input.id }, { take: 1 })
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Late payment ${input.id} was not found`)
    if (record.status !== "open") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Late payment ${input.id} was already handled (${record.status})`)
    }
    const plan: ResolutionPlan = { id: record.id, msp_order_id: record.msp_order_id, route: "none", payment_id: null, amount: null, status: "kept" }
    if (input.action === "keep") return new StepResponse(plan)
    plan.status = "refunded"
    if (input.action === "mark_refunded") return new StepResponse(plan)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "canceled_at", "data", "payment_collection_id", "captures.raw_amount", "refunds.raw_amount"],
      filters: { payment_session_id: record.payment_session_id },
    })
    const payment = (payments as unknown as PaymentRow[]).find((p) => !p.canceled_at && p.data?.order_id === record.msp_order_id)
    if (!payment) return new StepResponse({ ...plan, route: "multisafepay" as const })
    const captured = sum(payment.captures)
    const refundable = MathBN.sub(captured, sum(payment.refunds))
    if (MathBN.eq(captured, 0)) return new StepResponse({ ...plan, route: "payment_cancel" as const, payment_id: payment.id, status: "voided" as const })
    if (MathBN.lte(refundable, 0)) return new StepResponse(plan)
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    return new StepResponse({
      ...plan,
      route: links.length ? ("order_refund" as const) : ("payment_refund" as const),
      payment_id: payment.id,
      amount: refundable.toNumber(),
    })
  }
)
