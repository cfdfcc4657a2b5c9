import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Dispute from "./models/dispute"
import LatePayment from "./models/late-payment"
import type { PrivacySubject } from "../../types/privacy-contract"

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

export type RecordDisputeInput = {
  msp_order_id: string
  payment_session_id: string
  order_id: string | null
  customer_id: string | null
  amount: number
  currency_code: string
}

type Subject = PrivacySubject
type Hold = { module: string; reason: string; reference?: string }

/**
 * Late MultiSafepay payments (see models/late-payment.ts, no personal data) and chargebacks (disputes, which
 * hold the customer's id). Implements the privacy plugin's contract (found by duck typing, no import): an
 * open dispute is a legal hold on the customer's erasure.
 */
class MultiSafepayModuleService extends MedusaService({ LatePayment, Dispute }) {
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

  /** Records a chargeback once per MultiSafepay order (a repeated notification returns the existing dispute). */
  @InjectManager()
  async recordDispute(input: RecordDisputeInput, @MedusaContext() sharedContext: Context = {}) {
    const find = async () => (await this.listDisputes({ msp_order_id: input.msp_order_id }, { take: 1 }, sharedContext))[0]
    const existing = await find()
    if (existing) return { dispute: existing, created: false }
    try {
      return { dispute: await this.createDisputes(input, sharedContext), created: true }
    } catch (e) {
      const raced = await find()
      if (raced) return { dispute: raced, created: false }
      throw e
    }
  }

  // ------------------------------------------------------------------ privacy contract (duck-typed)

  getPersonalDataDescriptor() {
    return {
      module: "multisafepay",
      entities: [
        { entity: "multisafepay_dispute", personal_fields: ["customer_id"], description: "Chargebacks on the customer's payments; an open one holds erasure." },
      ],
    }
  }

  async exportSubjectData(subject: Subject) {
    const disputes = subject.customer_id ? await this.listDisputes({ customer_id: subject.customer_id }, { order: { created_at: "ASC" } }) : []
    return { module: "multisafepay", entities: { multisafepay_dispute: JSON.parse(JSON.stringify(disputes)) } }
  }

  eraseSubjectData(subject: Subject) {
    return this.eraseSubjectsData([subject])
  }

  /** Resolved disputes lose the customer id; open ones are never reached (they hold the erasure). */
  async eraseSubjectsData(subjects: Subject[]) {
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const rows = ids.length ? await this.listDisputes({ customer_id: ids, status: "resolved" }, { select: ["id"] }) : []
    if (rows.length) await this.updateDisputes(rows.map((r) => ({ id: r.id, customer_id: null })))
    return { module: "multisafepay", erased: {}, anonymized: { multisafepay_dispute: rows.length } }
  }

  async getLegalHolds(subject: Subject): Promise<Hold[]> {
    return (await this.getLegalHoldsForSubjects([subject]))[0]
  }

  async getLegalHoldsForSubjects(subjects: Subject[]): Promise<Hold[][]> {
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const open = ids.length ? await this.listDisputes({ customer_id: ids, status: "open" }, { select: ["id", "customer_id"] }) : []
    return subjects.map((s) =>
      open
        .filter((d) => s.customer_id && d.customer_id === s.customer_id)
        .map((d) => ({ module: "multisafepay", reason: "open payment dispute (chargeback)", reference: d.id }))
    )
  }
}

export default MultiSafepayModuleService
