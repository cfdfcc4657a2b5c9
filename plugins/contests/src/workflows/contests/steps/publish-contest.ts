import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"

/** Publishes a draft and commits to the round-1 seed; compensation puts the draft back and drops the commitment. */
export const publishContestStep = createStep(
  "contests-publish-contest",
  async (id: string, { container }) => {
    const { before, contest, drawing } = await contestOf(container).publishContest(id)
    return new StepResponse(contest, { before, drawing_id: drawing.id })
  },
  async (undo, { container }) => {
    if (undo) await contestOf(container).unpublishContest(undo.before, undo.drawing_id)
  }
)
