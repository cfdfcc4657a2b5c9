import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AllowPermanentDeletionInput, allowPermanentDeletionStep } from "./steps/allow-permanent-deletion"

/**
 * The customer's explicit permission to wipe without a backup (P20), with its own text version.
 * Hook `permanentDeletionAllowed` (ids only): a handler that throws rolls the write back.
 */
export const allowPermanentDeletionWorkflow = createWorkflow("repairs-allow-permanent-deletion", (input: AllowPermanentDeletionInput) => {
  const out = allowPermanentDeletionStep(input)
  const permanentDeletionAllowed = createHook("permanentDeletionAllowed", out)
  return new WorkflowResponse(out, { hooks: [permanentDeletionAllowed] })
})
