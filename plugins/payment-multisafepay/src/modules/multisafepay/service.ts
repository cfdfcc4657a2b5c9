import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import LatePayment from "./models/late-payment"

export type FlagLatePaymentInput = {
  msp_order_id: string
  transaction_id: string | null
  payment_session_id: string
  payment_id: string | null
  cart_id: string | null
  order_id: string | null
  reason: (typeof import("./models/late-payment").LATE_PAYMENT_REASONS)[number]
  paid_state: "captured" | "authorized"
  msp_status: string
  msp_financial_status: string | null
  amount: number
  currency_code: string
}

/** Late MultiSafepay payments (see models/late-payment.ts). Stores no personal data. */
class MultiSafepayModuleService extends MedusaService({ LatePayment }) {
  /**
   * Records a late payment once per MultiSafepay order: a repeat (a duplicate notification, another
   * instance racing on the unique index) returns the record that exists, whatever its status.
   */
  @InjectManager()
  async flagLatePayment(input: FlagLatePaymentInput, @MedusaContext() sharedContext: Context = {}) {
    const find = async () => (await this.listLatePayments({ msp_order_id: input.msp_order_id }, { take: 1 }, sharedContext))[0]
    const existing = await find()
    if (existing) return { late_payment: existing, created: false }
    try {
      return { late_payment: await this.createLatePayments(input, sharedContext), created: true }
    } catch (e) {
      const raced = await find()
      if (raced) return { late_payment: raced, created: false }
      throw e
    }
  }
}

export default MultiSafepayModuleService
