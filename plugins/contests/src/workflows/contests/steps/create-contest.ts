import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestFields } from "../../../modules/contest/types"

/** Creates the draft and its first terms version; compensation deletes both. */
export const createContestStep = createStep(
  "contests-create-contest",
  async (fields: ContestFields, { container }) => {
    const contest = await contestOf(container).createContest(fields)
    return new StepResponse(contest, contest.id)
  },
  async (id, { container }) => {
    if (id) await contestOf(container).deleteContestCompletely(id)
  }
)
