import { model } from "@medusajs/framework/utils"

export const DISPUTE_STATUSES = ["open", "resolved"] as const

/**
 * A chargeback MultiSafepay reported on a paid order: an open payment dispute, which (through the privacy
 * contract) holds the customer's erasure until a merchant resolves it. Stores the customer id, nothing else
 * personal.
 */
const Dispute = model
  .define("multisafepay_dispute", {
    id: model.id({ prefix: "mspdsp" }).primaryKey(),
    msp_order_id: model.text(),
    payment_session_id: model.text(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...DISPUTE_STATUSES]).default("open"),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
  })
  .indexes([{ on: ["msp_order_id"], unique: true }, { on: ["customer_id", "status"] }, { on: ["status", "created_at"] }])

export default Dispute
