import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type RetentionFailure = { customer_id?: string; rule: string; message: string }
export type FinishRetentionRunInput = {
  id: string
  status: "completed" | "failed"
  counts: Record<string, number>
  /** Customer ids, rules and redacted messages: no personal data. */
  failures: RetentionFailure[]
}

/** Closes a run with its outcome, counts and failures at the privacy clock's now; compensation reopens it as it was. */
export const finishRetentionRunStep = createStep(
  "privacy-finish-retention-run",
  async (input: FinishRetentionRunInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const before = await privacy.retrieveRetentionRun(input.id, { select: ["id", "status", "finished_at", "counts", "failures"] })
    await privacy.updateRetentionRuns({
      id: input.id,
      status: input.status,
      finished_at: privacy.now(),
      counts: input.counts,
      failures: { items: input.failures },
    })
    return new StepResponse({ id: input.id }, JSON.parse(JSON.stringify(before)) as typeof before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<PrivacyModuleService>("privacy").updateRetentionRuns({
      id: before.id,
      status: before.status,
      finished_at: before.finished_at ? new Date(before.finished_at) : null,
      counts: before.counts,
      failures: before.failures,
    })
  }
)
