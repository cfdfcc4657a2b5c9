import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { EntryRow } from "../../../modules/contest/types"

export type ClaimPrizeInput = {
  winner_id: string
  publicity: { publicity: EntryRow["publicity"]; town?: string | null; first_name: string | null } | null
}

/** Claims a prize before its deadline; compensation makes it pending again with the earlier publicity. */
export const claimPrizeStep = createStep(
  "contests-claim-prize",
  async (input: ClaimPrizeInput, { container }) => {
    const { winner, before, entry_before } = await contestOf(container).claim(input.winner_id, input.publicity)
    return new StepResponse(winner, { before, entry_before })
  },
  async (undo, { container }) => {
    if (undo) await contestOf(container).unclaim(undo.before, undo.entry_before)
  }
)
