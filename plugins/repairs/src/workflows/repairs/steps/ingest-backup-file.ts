import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../../../modules/repair/resolve"

export type IngestBackupInput = { repair_id: string; store_id: string; path: string; size_bytes: number; sha256: string; actor: string }

/**
 * Checks consent, then takes the technician's copy from the store's inbox: size and
 * SHA-256 verified, encrypted at rest. A missing copy_user_data scope is a 403 and
 * the refused attempt is logged. Compensation deletes the encrypted copy.
 */
export const ingestBackupFileStep = createStep(
  "repairs-ingest-backup-file",
  async (input: IngestBackupInput, { container }) => {
    const service = repairOf(container)
    const store = service.store(input.store_id)
    const { allowed } = await service.checkBackupAllowed(input.repair_id)
    if (!allowed) {
      await service.refuseBackup(input.repair_id, input.actor)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "consent scope copy_user_data is missing")
    }
    const id = generateEntityId("", "rbk")
    const { location } = await store.ingest({ source: input.path, target: `${input.repair_id}/${id}`, size: input.size_bytes, sha256: input.sha256 })
    return new StepResponse({ id, location }, { store_id: input.store_id, location })
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).store(undo.store_id).remove(undo.location)
  }
)
