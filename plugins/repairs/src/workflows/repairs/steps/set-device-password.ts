import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

/** `ciphertext` from the module's encryptCredential: the password itself never enters a workflow. */
export type SetDevicePasswordInput = { id: string; ciphertext: string; actor: string }

/** Stores the encrypted device password under the row lock, audited; compensation restores the previous ciphertext. */
export const setDevicePasswordStep = createStep(
  "repairs-set-device-password",
  async (input: SetDevicePasswordInput, { container }) => {
    const { repair, undo } = await repairOf(container).setCredential(input)
    return new StepResponse({ id: repair.id }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
