import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

export type ClaimDueBackupsInput = { run_id: string; limit: number }

/**
 * Claims up to `limit` due backups for a run (`FOR UPDATE SKIP LOCKED`: two runs never take the same backup; a
 * dead run's claims expire after `claimTimeoutMinutes`). Returns ids only. Compensation gives every backup it
 * claimed, and not yet deleted, its previous claim back.
 */
export const claimDueBackupsStep = createStep(
  "repairs-claim-due-backups",
  async (input: ClaimDueBackupsInput, { container }) => {
    const claims = await repairOf(container).claimDueBackups(input.run_id, input.limit)
    return new StepResponse({ backup_ids: claims.map((c) => c.id) }, { run_id: input.run_id, claims })
  },
  async (undo, { container }) => {
    if (undo?.claims.length) await repairOf(container).releaseBackupClaims(undo.run_id, undo.claims)
  }
)
