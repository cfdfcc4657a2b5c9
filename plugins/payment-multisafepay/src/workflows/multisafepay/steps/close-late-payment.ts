import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MULTISAFEPAY_MODULE } from "../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../modules/multisafepay/service"

export type CloseLatePaymentInput = {
  id: string
  status: "refunded" | "voided" | "kept"
  /** The Medusa payment refunded through Medusa, whose latest MultiSafepay refund id is recorded. */
  payment_id?: string | null
  refund_transaction_id?: string | null
  handled_by?: string | null
}

/** Marks a late payment handled; compensation reopens it as it was. */
export const closeLatePaymentStep = createStep(
  "multisafepay-close-late-payment",
  async (input: CloseLatePaymentInput, { container }) => {
    const store = container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
    const [before] = await store.listLatePayments({ id: input.id }, { take: 1 })
    let refundTransactionId = input.refund_transaction_id ?? null
    if (!refundTransactionId && input.payment_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "payment", fields: ["data"], filters: { id: input.payment_id } })
      const refunds = (data[0] as { data?: { refunds?: { transaction_id: string }[] } })?.data?.refunds ?? []
      refundTransactionId = refunds.at(-1)?.transaction_id ?? null
    }
    const updated = await store.updateLatePayments({
      id: input.id,
      status: input.status,
      refund_transaction_id: refundTransactionId,
      handled_at: new Date(),
      handled_by: input.handled_by ?? null,
    })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      refund_transaction_id: before.refund_transaction_id,
      handled_at: before.handled_at,
      handled_by: before.handled_by,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE).updateLatePayments(previous)
  }
)
