import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"

export type RecordSubjectExportInput = { actor: string; counts: Record<string, number> }

/**
 * An export of a subject's data (the customer's own, or an admin's for a request by e-mail) is audit-logged:
 * rule `export`, the actor and rows per module. The route collects the export first (reads only) and hands the
 * workflow the counts, never the data: no personal data in a workflow's checkpoints.
 */
export const recordSubjectExportWorkflow = createWorkflow("privacy-record-subject-export", (input: RecordSubjectExportInput) => {
  const log = recordAuditLogStep(transform({ input }, ({ input }) => ({ rule: "export", actor: input.actor, counts: input.counts })))
  return new WorkflowResponse(transform({ log }, ({ log }) => ({ audit_log_id: log.id as string })))
})
