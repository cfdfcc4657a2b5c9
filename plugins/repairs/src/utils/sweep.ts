import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairOf } from "../modules/repair/resolve"
import { BackupRow } from "../modules/repair/types"
import { alertOverdueBackupsWorkflow } from "../workflows/repairs/alert-overdue-backups"
import { claimDueBackupsWorkflow } from "../workflows/repairs/claim-due-backups"
import { completeBackupDeletionWorkflow } from "../workflows/repairs/complete-backup-deletion"
import { finishSweepRunWorkflow } from "../workflows/repairs/finish-sweep-run"
import { removeBackupFileWorkflow } from "../workflows/repairs/remove-backup-file"
import { sendBackupDeletedMailWorkflow } from "../workflows/repairs/send-backup-deleted-mail"
import { startSweepRunWorkflow } from "../workflows/repairs/start-sweep-run"

export type SweepOptions = {
  trigger?: string
  batchSize?: number
  /** Stops the run between two steps (tests use it to kill a run half-way; shutdown too). */
  signal?: AbortSignal
  /** Called after a backup's files are removed, before its certificate is written. */
  onFileRemoved?: (backup: BackupRow) => void
}

export type SweepResult = { run_id: string; deleted: number; failed: number; interrupted: boolean; alerted: number }

/**
 * The deletion sweep (P20). Claims due backups in batches (a claim is a row
 * update, so two concurrent runs never take the same backup; a killed run's
 * claims expire after `claimTimeoutMinutes`), removes each file, verifies it is
 * gone, and writes one deletion certificate per backup. Customers whose backups
 * are all gone are mailed once; backups past their last allowed day raise an
 * admin alert once.
 *
 * It only reads and sequences: every write is a workflow (`repairs-start-sweep-run`,
 * `repairs-claim-due-backups`, `repairs-remove-backup-file`, `repairs-complete-backup-deletion`,
 * `repairs-send-backup-deleted-mail`, `repairs-alert-overdue-backups`, `repairs-finish-sweep-run`), one
 * per unit that must commit on its own, so a run killed between two of them leaves each backup either
 * claimed, removed-but-uncertified (retried once the claim expires) or certified.
 */
export async function runDeletionSweep(container: MedusaContainer, opts: SweepOptions = {}): Promise<SweepResult> {
  const service = repairOf(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const {
    result: { run_id },
  } = await startSweepRunWorkflow(container).run({ input: { trigger: opts.trigger ?? "job" } })
  let deleted = 0
  let failed = 0
  const seen = new Set<string>()
  const interrupted = () => ({ run_id, deleted, failed, interrupted: true, alerted: 0 })
  try {
    for (;;) {
      if (opts.signal?.aborted) return interrupted()
      const { result } = await claimDueBackupsWorkflow(container).run({ input: { run_id, limit: opts.batchSize ?? 50 } })
      const batch = result.backup_ids.filter((id) => !seen.has(id))
      if (!batch.length) break
      for (const id of batch) {
        seen.add(id)
        if (opts.signal?.aborted) return interrupted()
        const [b] = (await service.listRepairBackups({ id })) as unknown as BackupRow[]
        try {
          const { result: removed } = await removeBackupFileWorkflow(container).run({ input: { backup_id: id } })
          opts.onFileRemoved?.(b)
          if (opts.signal?.aborted) return interrupted()
          const { result: done } = await completeBackupDeletionWorkflow(container).run({
            input: { backup_id: id, run_id, verified_absent: removed.verified_absent, reason: "scheduled" },
          })
          if (done.certificate_id) deleted++
        } catch (e) {
          failed++
          logger.error(`repairs: deleting backup ${id} in store ${b?.store_id} failed (${(e as Error).message})`)
        }
      }
    }
    for (const repair_id of await service.listDeletionMailsDue()) {
      try {
        await sendBackupDeletedMailWorkflow(container).run({ input: { repair_id } })
      } catch (e) {
        // The claim was released by the workflow's compensation: the next run mails.
        logger.warn(`repairs: mail repairs.backup-deleted for ${repair_id} failed (${(e as Error).name}); the next run retries it`)
      }
    }
    const {
      result: { alerted },
    } = await alertOverdueBackupsWorkflow(container).run()
    await finishSweepRunWorkflow(container).run({ input: { run_id, status: failed ? "failed" : "completed", deleted } })
    return { run_id, deleted, failed, interrupted: false, alerted }
  } catch (e) {
    await finishSweepRunWorkflow(container)
      .run({ input: { run_id, status: "failed", deleted } })
      .catch(() => undefined)
    throw e
  }
}
