import { model } from "@medusajs/framework/utils"

/**
 * One recorded drawing (round 1 = the main draw, 2.. = redraws). The seed is
 * committed (SHA-256) before the entrant list of the round is known and revealed
 * after the draw; a drawn round is locked and never rewritten.
 */
const ContestDrawing = model
  .define("contest_drawing", {
    id: model.id({ prefix: "cdrw" }).primaryKey(),
    contest_id: model.text(),
    round: model.number(),
    status: model.enum(["committed", "drawn"]).default("committed"),
    algorithm_version: model.text(),
    seed_commitment: model.text(),
    /** Secret until drawn: never returned by any route before status is drawn. */
    seed: model.text(),
    committed_at: model.dateTime(),
    snapshot_entry_ids: model.json().nullable(),
    snapshot_hash: model.text().nullable(),
    excluded_entry_ids: model.json().nullable(),
    winner_entry_ids: model.json().nullable(),
    winners_requested: model.number().nullable(),
    drawn_at: model.dateTime().nullable(),
    drawn_by: model.text().nullable(),
  })
  .indexes([{ on: ["contest_id", "round"], unique: true }])

export default ContestDrawing
