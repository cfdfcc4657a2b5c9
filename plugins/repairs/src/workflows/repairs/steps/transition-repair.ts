import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../../../modules/repair/resolve"
import { TransitionInput } from "../../../modules/repair/transitions"

export type TransitionRepairInput = TransitionInput & { id: string; actor: string; note?: string | null }

/**
 * Moves the repair under its row lock. A missing file-access scope is a 403
 * naming the scope (the refused attempt is already in the access log);
 * compensation restores the snapshot while nothing moved on.
 */
export const transitionRepairStep = createStep(
  "repairs-transition-repair",
  async (input: TransitionRepairInput, { container }) => {
    const result = await repairOf(container).transition(input)
    if (result.refusal) {
      const type = result.refusal.kind === "scope" ? MedusaError.Types.FORBIDDEN : MedusaError.Types.NOT_ALLOWED
      throw new MedusaError(type, result.refusal.message)
    }
    return new StepResponse(result.change.repair, result.change)
  },
  async (change, { container }) => {
    if (change) await repairOf(container).restoreTransition(change)
  }
)
