import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

export type CompleteBackupDeletionInput = { backup_id: string; run_id: string; verified_absent: boolean; reason: string }

/**
 * Marks a backup deleted and writes its deletion certificate, once: only the run holding the claim can, and
 * the certificate is unique per backup (`certificate_id` null when another run got there first).
 * Compensation removes that certificate and the deletion mark.
 */
export const completeBackupDeletionStep = createStep(
  "repairs-complete-backup-deletion",
  async (input: CompleteBackupDeletionInput, { container }) => {
    const cert = await repairOf(container).completeDeletion(input)
    return new StepResponse(
      { backup_id: input.backup_id, certificate_id: cert?.id ?? null },
      cert ? { certificate_id: cert.id, backup_id: input.backup_id, run_id: input.run_id } : null
    )
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).undoDeletion(undo)
  }
)
