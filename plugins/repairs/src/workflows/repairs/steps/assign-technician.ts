import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

export type AssignTechnicianInput = { id: string; technician_user_id: string | null; actor: string }

/** Assigns (or unassigns) the technician under the repair's row lock, audited; compensation restores the previous one. */
export const assignTechnicianStep = createStep(
  "repairs-assign-technician",
  async (input: AssignTechnicianInput, { container }) => {
    const { repair, undo } = await repairOf(container).assignTechnician(input.id, input.technician_user_id, input.actor)
    return new StepResponse({ id: repair.id }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
