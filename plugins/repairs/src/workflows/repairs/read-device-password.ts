import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditDevicePasswordReadInput, auditDevicePasswordReadStep } from "./steps/audit-device-password-read"

/**
 * The audited read of a device password: a 403 for anyone but the assigned technician (audited too). The caller decrypts the password after the workflow (the module's readCredential), so it never lands in a checkpoint.
 * Hook `devicePasswordRead` (ids only): a handler that throws rolls the write back.
 */
export const readDevicePasswordWorkflow = createWorkflow("repairs-read-device-password", (input: AuditDevicePasswordReadInput) => {
  const out = auditDevicePasswordReadStep(input)
  const devicePasswordRead = createHook("devicePasswordRead", out)
  return new WorkflowResponse(out, { hooks: [devicePasswordRead] })
})
