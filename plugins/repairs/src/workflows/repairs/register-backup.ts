import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RepairEvents } from "../../events"
import { createBackupStep } from "./steps/create-backup"
import { IngestBackupInput, ingestBackupFileStep } from "./steps/ingest-backup-file"

/** Registers one backup copy: verified and encrypted into its store, then recorded on the repair. */
export const registerBackupWorkflow = createWorkflow("repairs-register-backup", (input: IngestBackupInput & { category: string }) => {
  const file = ingestBackupFileStep(input)
  const backup = createBackupStep(
    transform({ input, file }, ({ input, file }) => ({
      id: file.id,
      repair_id: input.repair_id,
      category: input.category,
      store_id: input.store_id,
      location: file.location,
      size_bytes: input.size_bytes,
      sha256: input.sha256,
      actor: input.actor,
    }))
  )
  emitEventStep({ eventName: RepairEvents.BACKUP_REGISTERED, data: transform({ backup }, ({ backup }) => ({ id: backup.id })) })
  return new WorkflowResponse(backup)
})
