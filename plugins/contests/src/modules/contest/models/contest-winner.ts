import { model } from "@medusajs/framework/utils"

/** A drawn winner of one prize, with the claim's state; anonymised after the configured retention. */
const ContestWinner = model
  .define("contest_winner", {
    id: model.id({ prefix: "cwin" }).primaryKey(),
    contest_id: model.text(),
    drawing_id: model.text(),
    round: model.number(),
    position: model.number(),
    prize_name: model.text(),
    prize_value_cents: model.number(),
    entry_id: model.text(),
    customer_id: model.text().nullable(),
    claim_status: model.enum(["pending", "claimed", "expired"]).default("pending"),
    claim_deadline: model.dateTime(),
    claimed_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    replaced_by_round: model.number().nullable(),
    mailed_at: model.dateTime().nullable(),
    anonymized_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["contest_id", "round", "position"], unique: true }, { on: ["customer_id"] }, { on: ["claim_status", "claim_deadline"] }])

export default ContestWinner
