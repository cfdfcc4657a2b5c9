import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"

/**
 * Anonymises up to `limit` winner records (and their entries) past winnerRetentionMonths, never an open claim.
 * Like an erasure it cannot be undone without keeping the personal data: no compensation, idempotent.
 */
export const anonymizeOldWinnersStep = createStep("contests-anonymize-old-winners", async (input: { limit: number }, { container }) => {
  return new StepResponse(await contestOf(container).anonymizeOldWinners(input.limit))
})
