import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { Via } from "../../../modules/repair/service"
import { undoRepairWrite } from "./undo-repair-write"

export type AllowPermanentDeletionInput = { id: string; text_version: string; via: Via; actor: string }

/** Records the customer's permission to wipe without a backup (P20); compensation restores the previous state. */
export const allowPermanentDeletionStep = createStep(
  "repairs-allow-permanent-deletion",
  async (input: AllowPermanentDeletionInput, { container }) => {
    const { repair, undo } = await repairOf(container).allowPermanentDeletion(input)
    return new StepResponse({ id: repair.id }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
