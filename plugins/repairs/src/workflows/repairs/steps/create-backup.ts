import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

export type CreateBackupInput = {
  id: string
  repair_id: string
  category: string
  store_id: string
  location: string
  size_bytes: number
  sha256: string
  actor: string
}

/** Registers the encrypted copy on the repair; compensation removes the record. */
export const createBackupStep = createStep(
  "repairs-create-backup",
  async (input: CreateBackupInput, { container }) => {
    const backup = await repairOf(container).createBackup(input)
    return new StepResponse(backup, backup.id)
  },
  async (id, { container }) => {
    if (id) await repairOf(container).removeBackupRow(id)
  }
)
