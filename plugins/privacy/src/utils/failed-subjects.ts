import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"

/** A subject whose erasure failed: skipped by retention until an admin clears the failure. */
export type FailedSubject = {
  customer_id: string
  subject_clock_id: string
  failed_at: string
  customer_exists: boolean
  /** The run that reported the failure, its rule and its (redacted) message, when that run is still listed. */
  run_id: string | null
  rule: string | null
  message: string | null
}

type RunFailure = { customer_id?: string; rule: string; message: string }
type RunRow = { id: string; started_at: Date | string; finished_at: Date | string | null; failures: { items?: RunFailure[] } | null }

const time = (d: Date | string) => new Date(d).getTime()

/** The run during which `failedAt` was recorded that lists the customer among its failures. */
export function findFailingRun(runs: RunRow[], customerId: string, failedAt: Date | string) {
  const at = time(failedAt)
  for (const run of runs) {
    if (time(run.started_at) > at || (run.finished_at && time(run.finished_at) < at)) continue
    const failure = (run.failures?.items ?? []).find((f) => f.customer_id === customerId)
    if (failure) return { run, failure }
  }
  return null
}

/** Runs that may have recorded failures between `from` and `to`, newest first (bounded). */
export async function runsAround(container: MedusaContainer, from: Date, to: Date): Promise<RunRow[]> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const runs = await privacy.listRetentionRuns(
    { dry_run: false, started_at: { $lte: to } },
    { select: ["id", "started_at", "finished_at", "failures"], order: { started_at: "DESC" }, take: 200 }
  )
  return (runs as unknown as RunRow[]).filter((r) => !r.finished_at || time(r.finished_at) >= from.getTime())
}

/** One page of failed subjects, most recent failure first, with the run that reported each. */
export async function listFailedSubjects(container: MedusaContainer, { limit, offset }: { limit: number; offset: number }) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const [clocks, count] = await privacy.listAndCountSubjectClocks(
    { failed_at: { $ne: null } },
    { select: ["id", "customer_id", "failed_at"], order: { failed_at: "DESC" }, take: limit, skip: offset }
  )
  if (!clocks.length) return { failed_subjects: [] as FailedSubject[], count }
  const ids = clocks.map((c) => c.customer_id)
  const existing = new Set((await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids }, { select: ["id"] })).map((c) => c.id))
  const failedAt = clocks.map((c) => time(c.failed_at!))
  const runs = await runsAround(container, new Date(Math.min(...failedAt)), new Date(Math.max(...failedAt)))
  const failed_subjects: FailedSubject[] = clocks.map((c) => {
    const found = findFailingRun(runs, c.customer_id, c.failed_at!)
    return {
      customer_id: c.customer_id,
      subject_clock_id: c.id,
      failed_at: new Date(c.failed_at!).toISOString(),
      customer_exists: existing.has(c.customer_id),
      run_id: found?.run.id ?? null,
      rule: found?.failure.rule ?? null,
      message: found?.failure.message ?? null,
    }
  })
  return { failed_subjects, count }
}
