import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type StartRetentionRunInput = { dry_run: boolean; actor: string; started_at: Date }

/**
 * Opens a run: runs still `running` were killed (the run's lock is free, so none is alive) and become
 * `interrupted`; then the new run, `running`, with empty counts. Compensation deletes the new run and makes the
 * interrupted ones `running` again.
 */
export const startRetentionRunStep = createStep(
  "privacy-start-retention-run",
  async (input: StartRetentionRunInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const startedAt = new Date(input.started_at)
    const stale = await privacy.listRetentionRuns({ status: "running" }, { select: ["id"] })
    const interrupted = stale.map((r) => r.id)
    if (interrupted.length) await privacy.updateRetentionRuns(interrupted.map((id) => ({ id, status: "interrupted" as const, finished_at: startedAt })))
    const run = await privacy.createRetentionRuns({ dry_run: input.dry_run, actor: input.actor, started_at: startedAt, counts: {}, failures: { items: [] } })
    return new StepResponse({ id: run.id, interrupted }, { id: run.id, interrupted })
  },
  async (undo, { container }) => {
    if (!undo) return
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    await privacy.deleteRetentionRuns(undo.id)
    if (undo.interrupted.length) await privacy.updateRetentionRuns(undo.interrupted.map((id) => ({ id, status: "running" as const, finished_at: null })))
  }
)
