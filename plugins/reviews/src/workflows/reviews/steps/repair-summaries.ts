import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/**
 * Recomputes every product summary from the approved reviews (under the summaries' table lock) and reports the
 * drift it corrected; compensation takes each correction back. Product ids and counts only.
 */
export const repairSummariesStep = createStep(
  "reviews-repair-summaries",
  async (_: undefined, { container }) => {
    const { products_checked, drift, inserted_ids } = await reviewsOf(container).repairSummaries()
    return new StepResponse({ products_checked, drift }, { drift, inserted_ids })
  },
  async (undo, { container }) => {
    if (undo?.drift.length) await reviewsOf(container).undoSummaryRepair(undo)
  }
)
