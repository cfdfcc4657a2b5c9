import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

export type AuditDevicePasswordReadInput = { id: string; user_id: string }

/**
 * Audits a read of the device password under the row lock: the assigned technician's read (`credential_read`),
 * anyone else a 403 whose refusal (`credential_read_refused`) is already recorded and stays. Compensation removes
 * the `credential_read` entry. The password is decrypted by the caller after the workflow, never in it.
 */
export const auditDevicePasswordReadStep = createStep(
  "repairs-audit-device-password-read",
  async (input: AuditDevicePasswordReadInput, { container }) => {
    const out = await repairOf(container).auditCredentialRead(input)
    if (out.refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, out.refusal)
    return new StepResponse({ id: input.id, audit_id: out.audit_id }, { repair_id: input.id, audit_ids: [out.audit_id] })
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
