import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { eraseSubjectWorkflow } from "../workflows/erasure/erase-subject"
import { anonymizeFiscalOrdersWorkflow } from "../workflows/retention/anonymize-fiscal-orders"
import { fiscalCutoff } from "./clock"
import { collectLegalHolds } from "./registry"
import { scanRetentionCandidates } from "./retention-plan"
import { sendRetentionWarning } from "./retention-warning"

export const RETENTION_LOCK = "privacy:retention"

export type RetentionPreview = {
  now: string
  horizon: string
  counts: Record<string, number>
  subjects: { customer_id: string; rule: string; due_at: string; held: boolean }[]
}

const redact = (msg: string) => msg.replace(/[^\s@]+@[^\s@]+/g, "[e-mail]").slice(0, 300)

/** What retention would do between now and now + days: counts per rule, held subjects, orders past the fiscal window. */
export async function previewRetention(container: MedusaContainer, days = 30, maxSubjects = 200): Promise<RetentionPreview> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const now = privacy.now()
  const horizon = new Date(now.getTime() + days * 86_400_000)
  const counts: Record<string, number> = { consumer_after_last_order: 0, consumer_no_orders: 0, business_inactive: 0, held: 0, erasure_request: 0, order_fiscal_window: 0 }
  const subjects: RetentionPreview["subjects"] = []
  for await (const batch of scanRetentionCandidates(container, horizon)) {
    for (const c of batch) {
      const held = (await collectLegalHolds(container, { customer_id: c.customer_id, email: c.email })).length > 0
      counts[held ? "held" : c.rule] += 1
      if (subjects.length < maxSubjects) subjects.push({ customer_id: c.customer_id, rule: c.rule, due_at: c.due_at.toISOString(), held })
    }
  }
  counts.erasure_request = (await privacy.listDataSubjectRequests({ type: "erasure", status: "cooling_off", execute_after: { $lte: horizon } }, { select: ["id"] })).length
  for await (const ids of scanFiscalOrders(container, fiscalCutoff(horizon, privacy.getOptions().fiscalRetentionYears))) counts.order_fiscal_window += ids.length
  return { now: now.toISOString(), horizon: horizon.toISOString(), counts, subjects }
}

/** Orders created before the cutoff that are not yet fully anonymised, in bounded keyset batches. */
export async function* scanFiscalOrders(container: MedusaContainer, cutoff: Date, pageSize = 500): AsyncGenerator<string[]> {
  const orderModule = container.resolve(Modules.ORDER)
  let cursor = ""
  for (;;) {
    const filter: Record<string, unknown> = { created_at: { $lt: cutoff } }
    if (cursor) filter.id = { $gt: cursor }
    const orders = await orderModule.listOrders(filter, { select: ["id", "metadata"], order: { id: "ASC" }, take: pageSize })
    if (!orders.length) return
    cursor = orders[orders.length - 1].id
    const todo = orders.filter((o) => !(o.metadata as any)?.privacy_anonymized_at).map((o) => o.id)
    if (todo.length) yield todo
  }
}

/**
 * One retention run: executes due erasure requests, erases subjects past their clock (skipping held ones),
 * warns subjects about to be erased, anonymises orders past the fiscal window. Bounded batches, each
 * subject in its own workflow; idempotent, so a killed run is finished by the next one. A lock keeps a
 * second concurrent run out (it fails fast with NOT_ALLOWED).
 */
export async function runRetention(container: MedusaContainer, { dryRun, actor }: { dryRun: boolean; actor: string }) {
  const locking = container.resolve(Modules.LOCKING)
  try {
    return await locking.execute(RETENTION_LOCK, () => runRetentionLocked(container, dryRun, actor), { timeout: 1, expire: 3600 } as any)
  } catch (e: any) {
    if (/timed[- ]?out|timeout|acquire/i.test(String(e?.message))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A retention run is already in progress (lock privacy:retention); try again later")
    }
    throw e
  }
}

async function runRetentionLocked(container: MedusaContainer, dryRun: boolean, actor: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const options = privacy.getOptions()
  const now = privacy.now()
  const stale = await privacy.listRetentionRuns({ status: "running" }, { select: ["id"] })
  if (stale.length) await privacy.updateRetentionRuns(stale.map((r) => ({ id: r.id, status: "interrupted" as const, finished_at: now })))
  const run = await privacy.createRetentionRuns({ dry_run: dryRun, actor, started_at: now, counts: {}, failures: { items: [] } })
  const counts: Record<string, number> = { erasure_request: 0, consumer_after_last_order: 0, consumer_no_orders: 0, business_inactive: 0, held: 0, warned: 0, order_fiscal_window: 0, failed: 0 }
  const failures: { customer_id?: string; rule: string; message: string }[] = []

  const erase = async (input: { customer_id: string; email: string | null; rule: string; request_id?: string }) => {
    const { errors } = await eraseSubjectWorkflow(container).run({
      input: { ...input, actor, run_id: run.id },
      throwOnError: false,
    })
    if (!errors.length) return true
    const err = errors[0].error as any
    if (/legal hold/.test(String(err?.message))) {
      counts.held += 1
      return false
    }
    counts.failed += 1
    failures.push({ customer_id: input.customer_id, rule: input.rule, message: redact(String(err?.message ?? err)) })
    // Reported once: the subject is skipped by later runs until an admin clears failed_at.
    const [clock] = await privacy.listSubjectClocks({ customer_id: input.customer_id })
    if (clock) await privacy.updateSubjectClocks({ id: clock.id, failed_at: privacy.now() })
    else await privacy.createSubjectClocks({ customer_id: input.customer_id, last_activity_at: now, failed_at: privacy.now() })
    return false
  }

  try {
    const due = await privacy.listDataSubjectRequests({ type: "erasure", status: "cooling_off", execute_after: { $lte: now } })
    for (const req of due) {
      if (!req.customer_id) continue
      // The person asked: every record under their e-mail goes, not only this customer record.
      const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: req.customer_id }, { select: ["email"] })
      if (dryRun) counts.erasure_request += 1
      else if (await erase({ customer_id: req.customer_id, email: customer?.email ?? null, rule: "erasure_request", request_id: req.id })) counts.erasure_request += 1
    }

    const warnUntil = new Date(now.getTime() + options.warningDays * 86_400_000)
    for await (const batch of scanRetentionCandidates(container, warnUntil, options.batchSize)) {
      for (const c of batch) {
        if (c.failed_at) continue
        const held = (await collectLegalHolds(container, { customer_id: c.customer_id, email: c.email })).length > 0
        if (c.due_at > now) {
          if (!held && !c.warned_at && c.email) {
            if (!dryRun) await sendRetentionWarning(container, c)
            counts.warned += 1
          }
          continue
        }
        if (held) counts.held += 1
        else if (dryRun) counts[c.rule] += 1
        // By id only: the record's own e-mail is used unless another live customer record shares it.
        else if (await erase({ customer_id: c.customer_id, email: null, rule: c.rule })) counts[c.rule] += 1
      }
    }

    for await (const ids of scanFiscalOrders(container, fiscalCutoff(now, options.fiscalRetentionYears), options.batchSize)) {
      if (!dryRun) await anonymizeFiscalOrdersWorkflow(container).run({ input: { order_ids: ids } })
      counts.order_fiscal_window += ids.length
    }
    await privacy.updateRetentionRuns({ id: run.id, status: "completed", finished_at: privacy.now(), counts, failures: { items: failures } })
  } catch (e: any) {
    failures.push({ rule: "run", message: redact(String(e?.message ?? e)) })
    await privacy.updateRetentionRuns({ id: run.id, status: "failed", finished_at: privacy.now(), counts, failures: { items: failures } })
    throw e
  } finally {
    await privacy.createAuditLogs({ rule: dryRun ? "retention_dry_run" : "retention_run", actor, counts, run_id: run.id, occurred_at: privacy.now() })
  }
  return privacy.retrieveRetentionRun(run.id)
}
