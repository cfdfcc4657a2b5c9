import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { EnterInput } from "../../../modules/contest/service"

/** Records one entry under the contest's shared lock; compensation deletes it. */
export const enterContestStep = createStep(
  "contests-enter-contest",
  async (input: EnterInput, { container }) => {
    const entry = await contestOf(container).enter(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) await contestOf(container).deleteEntry(id)
  }
)
