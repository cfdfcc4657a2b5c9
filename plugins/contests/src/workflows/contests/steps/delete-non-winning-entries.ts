import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"

/**
 * Deletes the non-winning entries of up to `limit` contests past the retention window (the response summary
 * frozen first, in the same transaction). Deleted personal data cannot be put back, and a checkpoint may not
 * hold it, so there is no compensation: the step is idempotent and the next run finishes an interrupted one.
 */
export const deleteNonWinningEntriesStep = createStep("contests-delete-non-winning-entries", async (input: { limit: number }, { container }) => {
  return new StepResponse(await contestOf(container).deleteNonWinningEntries(input.limit))
})
