import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { Via } from "../../../modules/repair/service"
import { undoRepairWrite } from "./undo-repair-write"

export type AcknowledgeVisibilityInput = { id: string; text_version: string; via: Via; actor: string }

/** Records the visibility notice's acknowledgement (P19) under the row lock; compensation restores the previous one. */
export const acknowledgeVisibilityStep = createStep(
  "repairs-acknowledge-visibility",
  async (input: AcknowledgeVisibilityInput, { container }) => {
    const { repair, undo } = await repairOf(container).acknowledgeVisibility(input)
    return new StepResponse({ id: repair.id }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
