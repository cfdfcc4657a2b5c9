import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertLimits } from "../../../modules/contest/limits"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestFields } from "../../../modules/contest/types"

/** Refuses fields that break a rule of the Gedragscode (a 400 naming the rule); no compensation. */
export const validateContestLimitsStep = createStep(
  "contests-validate-limits",
  async (input: { fields: ContestFields; contest_id?: string | null }, { container }) => {
    assertLimits(await contestOf(container).checkFields(input.fields, input.contest_id ?? null))
    return new StepResponse(true)
  }
)
