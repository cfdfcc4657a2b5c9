import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import type { PaymentDataUpdate } from "../../../utils/payment-status"

type StoredData = { id: string; data: Record<string, unknown> | null }

// UpdatePaymentDTO omits `data`, but the module stores it (payment-module updatePayment passes it through).
const writeData = (payment: IPaymentModuleService, { id, data }: StoredData) =>
  payment.updatePayment({ id, data } as unknown as Parameters<IPaymentModuleService["updatePayment"]>[0])

/**
 * Stores MultiSafepay's status on Medusa payments (their `data`), as the webhook's chargeback branch and
 * "Sync status" do; compensation puts back the data each payment had before.
 */
export const updateMultiSafepayPaymentDataStep = createStep(
  "multisafepay-update-payment-data",
  async (input: { payments: PaymentDataUpdate[] }, { container }) => {
    if (!input.payments.length) return new StepResponse({ updated: 0 }, [] as StoredData[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "payment", fields: ["id", "data"], filters: { id: input.payments.map((p) => p.id) } })
    const previous = (data as StoredData[]).map((p) => ({ id: p.id, data: p.data ?? null }))
    const payment = container.resolve(Modules.PAYMENT)
    for (const p of input.payments) await writeData(payment, { id: p.id, data: p.data as unknown as Record<string, unknown> })
    return new StepResponse({ updated: input.payments.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const payment = container.resolve(Modules.PAYMENT)
    for (const p of previous) await writeData(payment, p)
  }
)
