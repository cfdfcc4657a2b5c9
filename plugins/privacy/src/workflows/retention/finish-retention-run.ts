import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { finishRetentionRunStep, type FinishRetentionRunInput } from "./steps/finish-retention-run"

/**
 * The last write of a retention run, also of one that failed: its outcome, counts and failures, and the audit
 * entry `retention_run` (or `retention_dry_run`) with the counts, by run id.
 */
export const finishRetentionRunWorkflow = createWorkflow(
  "privacy-finish-retention-run",
  (input: FinishRetentionRunInput & { dry_run: boolean; actor: string }) => {
    const run = finishRetentionRunStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: input.status, counts: input.counts, failures: input.failures }))
    )
    recordAuditLogStep(
      transform({ input }, ({ input }) => ({
        rule: input.dry_run ? "retention_dry_run" : "retention_run",
        actor: input.actor,
        counts: input.counts,
        run_id: input.id,
      }))
    )
    return new WorkflowResponse(run)
  }
)
