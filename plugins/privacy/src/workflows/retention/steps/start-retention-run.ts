import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type StartRetentionRunInput = { dry_run: boolean; actor: string; started_at: Date }

/**
 * Runs still `running` when a new one starts were killed (the run's lock is free, so none is alive): they become
 * `interrupted`, finished at the new run's start. Compensation makes them `running` again.
 */
export const interruptRetentionRunsStep = createStep(
  "privacy-interrupt-retention-runs",
  async ({ at }: { at: Date }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const stale = await privacy.listRetentionRuns({ status: "running" }, { select: ["id"] })
    const ids = stale.map((r) => r.id)
    if (ids.length) await privacy.updateRetentionRuns(ids.map((id) => ({ id, status: "interrupted" as const, finished_at: new Date(at) })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<PrivacyModuleService>("privacy").updateRetentionRuns(ids.map((id) => ({ id, status: "running" as const, finished_at: null })))
  }
)

/** Opens the new run, `running`, with empty counts and failures; compensation deletes it. */
export const createRetentionRunStep = createStep(
  "privacy-create-retention-run",
  async (input: StartRetentionRunInput, { container }) => {
    const run = await container.resolve<PrivacyModuleService>("privacy").createRetentionRuns({
      dry_run: input.dry_run,
      actor: input.actor,
      started_at: new Date(input.started_at),
      counts: {},
      failures: { items: [] },
    })
    return new StepResponse({ id: run.id }, run.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteRetentionRuns(id)
  }
)
