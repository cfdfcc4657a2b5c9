import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { RepairEvents } from "../events"
import { repairOf } from "../modules/repair/resolve"
import { BackupRow } from "../modules/repair/types"
import { mailRepairCustomer } from "./mail"

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
 */
export async function runDeletionSweep(container: MedusaContainer, opts: SweepOptions = {}): Promise<SweepResult> {
  const service = repairOf(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = await service.startSweepRun(opts.trigger ?? "job")
  let deleted = 0
  let failed = 0
  const seen = new Set<string>()
  try {
    for (;;) {
      if (opts.signal?.aborted) return { run_id: run.id, deleted, failed, interrupted: true, alerted: 0 }
      const batch = (await service.claimDueBackups(run.id, opts.batchSize ?? 50)).filter((b) => !seen.has(b.id))
      if (!batch.length) break
      for (const b of batch) {
        seen.add(b.id)
        if (opts.signal?.aborted) return { run_id: run.id, deleted, failed, interrupted: true, alerted: 0 }
        const store = service.store(b.store_id)
        try {
          await store.remove(b.location)
          const gone = !(await store.exists(b.location))
          if (!gone) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Backup ${b.id} is still present in store ${b.store_id} after removal`)
          opts.onFileRemoved?.(b)
          if (opts.signal?.aborted) return { run_id: run.id, deleted, failed, interrupted: true, alerted: 0 }
          const cert = await service.completeDeletion({ backup: b, run_id: run.id, verified_absent: gone, reason: "scheduled" })
          if (cert) {
            deleted++
            await container.resolve(Modules.EVENT_BUS).emit({ name: RepairEvents.BACKUP_DELETED, data: { id: b.id } })
          }
        } catch (e) {
          failed++
          logger.error(`repairs: deleting backup ${b.id} in store ${b.store_id} failed (${(e as Error).message})`)
        }
      }
    }
    for (const repair of await service.claimDeletionMails()) {
      await mailRepairCustomer(container, repair, "repairs.backup-deleted", repair.id)
    }
    const alerted = await alertOverdue(container)
    await service.finishSweepRun(run.id, failed ? "failed" : "completed", deleted)
    return { run_id: run.id, deleted, failed, interrupted: false, alerted }
  } catch (e) {
    await service.finishSweepRun(run.id, "failed", deleted).catch(() => undefined)
    throw e
  }
}

/** One admin feed notification per overdue backup (ids only). */
async function alertOverdue(container: MedusaContainer) {
  const overdue = await repairOf(container).claimOverdueAlerts()
  if (!overdue.length) return 0
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (const b of overdue) {
    await notifications
      .createNotifications({
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: { title: "Backup deletion overdue", description: `Backup ${b.id} of repair ${b.repair_id} is past its deletion date` },
        idempotency_key: `repairs.backup_overdue:${b.id}`,
      })
      .catch(() => undefined)
  }
  return overdue.length
}
