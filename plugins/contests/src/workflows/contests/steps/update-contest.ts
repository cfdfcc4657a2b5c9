import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestFields } from "../../../modules/contest/types"

/** Updates a contest (new terms version when the text changes); compensation restores the row and removes the version. */
export const updateContestStep = createStep(
  "contests-update-contest",
  async (input: { id: string; fields: ContestFields }, { container }) => {
    const { before, contest, new_terms_id } = await contestOf(container).updateContest(input.id, input.fields)
    return new StepResponse(contest, { before, new_terms_id })
  },
  async (undo, { container }) => {
    if (undo) await contestOf(container).restoreContest(undo.before, undo.new_terms_id)
  }
)
