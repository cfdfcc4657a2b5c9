import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../../../modules/repair/resolve"
import { BackupRow } from "../../../modules/repair/types"

/**
 * Removes a claimed backup's encrypted copy from its store and verifies it is gone (a copy still present is an
 * error naming the backup and the store). No compensation: a removed file cannot come back, which is why the
 * sweep certifies a deletion in a workflow of its own, after this one.
 */
export const removeBackupFileStep = createStep("repairs-remove-backup-file", async (input: { backup_id: string }, { container }) => {
  const service = repairOf(container)
  const [b] = (await service.listRepairBackups({ id: input.backup_id })) as unknown as BackupRow[]
  if (!b) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Backup ${input.backup_id} was not found`)
  const store = service.store(b.store_id)
  await store.remove(b.location)
  if (await store.exists(b.location)) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Backup ${b.id} is still present in store ${b.store_id} after removal`)
  }
  return new StepResponse({ backup_id: b.id, verified_absent: true })
})
