import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { eraseSubjectWorkflow } from "../workflows/erasure/erase-subject"
import { eraseSubjectsWorkflow } from "../workflows/erasure/erase-subjects"
import { anonymizeFiscalOrdersWorkflow } from "../workflows/retention/anonymize-fiscal-orders"
import { fiscalCutoff } from "./clock"
import { isLegalHoldError } from "./errors"
import { runExclusive } from "./lock"
import { scanFiscalOrders } from "../providers/medusa-core/sql"
import { collectLegalHoldsForSubjects } from "./registry"
import { erasureRequestSubject } from "./erasure-request"
import { scanRetentionCandidates } from "./retention-plan"
import { earliestErasure, retentionAction } from "./retention-rules"

export { earliestErasure, retentionAction }
import { markSubjectFailedWorkflow } from "../workflows/failed-subjects/mark-subject-failed"
import { finishRetentionRunWorkflow } from "../workflows/retention/finish-retention-run"
import { sendRetentionWarningWorkflow } from "../workflows/retention/send-retention-warning"
import { startRetentionRunWorkflow } from "../workflows/retention/start-retention-run"
import type { RetentionFailure } from "../workflows/retention/steps/finish-retention-run"

export const RETENTION_LOCK = "privacy:retention"

export type RetentionPreview = {
  now: string
  horizon: string
  counts: Record<string, number>
  subjects: { customer_id: string; rule: string; due_at: string; held: boolean }[]
}

const redact = (msg: string) => msg.replace(/[^\s@]+@[^\s@]+/g, "[e-mail]").slice(0, 300)

/**
 * What retention would do between now and now + days: counts per rule, held subjects, orders past the
 * fiscal window. Holds come from the same check execution runs (collectLegalHoldsForSubjects, on the same
 * subject: an erasure request's customer and e-mail, see erasureRequestSubject), so a subject the run
 * would refuse is shown as held, never as due.
 */
export async function previewRetention(container: MedusaContainer, days = 30, maxSubjects = 200): Promise<RetentionPreview> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const { warningDays, fiscalRetentionYears } = privacy.getOptions()
  const now = privacy.now()
  const horizon = new Date(now.getTime() + days * 86_400_000)
  const counts: Record<string, number> = {
    consumer_after_last_order: 0,
    consumer_no_orders: 0,
    business_inactive: 0,
    held: 0,
    erasure_request: 0,
    order_fiscal_window: 0,
  }
  const subjects: RetentionPreview["subjects"] = []
  const add = (s: RetentionPreview["subjects"][number]) => subjects.length < maxSubjects && subjects.push(s)

  const requests = await privacy.listDataSubjectRequests(
    { type: "erasure", status: "cooling_off", execute_after: { $lte: horizon } },
    { select: ["id", "customer_id", "subject_email", "execute_after"], order: { execute_after: "ASC" } }
  )
  const requestSubjects = await Promise.all(requests.map((r) => erasureRequestSubject(container, r)))
  const requestHolds = await collectLegalHoldsForSubjects(
    container,
    requestSubjects.map(({ customer_id, email }) => ({ customer_id, email }))
  )
  requests.forEach((r, i) => {
    if (!requestSubjects[i].exists) return
    const held = requestHolds[i].length > 0
    counts[held ? "held" : "erasure_request"] += 1
    if (r.customer_id) add({ customer_id: r.customer_id, rule: "erasure_request", due_at: new Date(r.execute_after!).toISOString(), held })
  })

  for await (const batch of scanRetentionCandidates(container, horizon)) {
    const holds = await collectLegalHoldsForSubjects(
      container,
      batch.map((c) => ({ customer_id: c.customer_id, email: c.email }))
    )
    for (const [i, c] of batch.entries()) {
      if (c.failed_at) continue
      const held = holds[i].length > 0
      const eraseOn = earliestErasure(c, now, warningDays)
      // Not held and still inside the warning grace at the horizon: not erased in this window.
      if (!held && eraseOn > horizon) continue
      counts[held ? "held" : c.rule] += 1
      add({ customer_id: c.customer_id, rule: c.rule, due_at: (held ? c.due_at : eraseOn).toISOString(), held })
    }
  }
  for await (const ids of scanFiscalOrders(container, fiscalCutoff(horizon, fiscalRetentionYears))) counts.order_fiscal_window += ids.length
  return { now: now.toISOString(), horizon: horizon.toISOString(), counts, subjects }
}

/**
 * One retention run: executes due erasure requests, erases subjects past their clock (skipping held ones),
 * warns subjects about to be erased, anonymises orders past the fiscal window. Bounded batches (batchSize
 * customers or orders), each batch one workflow whose Medusa writes are one SQL transaction; a batch that
 * fails is retried subject by subject so one bad record cannot block the others, and that record is reported
 * once. Idempotent, so a killed run is finished by the next one. A lock keeps a second concurrent run out
 * (it fails fast with NOT_ALLOWED).
 */
export async function runRetention(container: MedusaContainer, { dryRun, actor }: { dryRun: boolean; actor: string }) {
  // A lock, not a business write (issue 16 exception): one retention run at a time; every write of it is a workflow.
  const run = await runExclusive(container.resolve(Modules.LOCKING), RETENTION_LOCK, () => runRetentionLocked(container, dryRun, actor), {
    timeout: 1,
    expire: 3600,
  })
  if (!run.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A retention run is already in progress (lock privacy:retention); try again later")
  return run.value
}

async function runRetentionLocked(container: MedusaContainer, dryRun: boolean, actor: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const options = privacy.getOptions()
  const now = privacy.now()
  const { result: run } = await startRetentionRunWorkflow(container).run({ input: { dry_run: dryRun, actor, started_at: now } })
  const counts: Record<string, number> = {
    erasure_request: 0,
    consumer_after_last_order: 0,
    consumer_no_orders: 0,
    business_inactive: 0,
    held: 0,
    warned: 0,
    order_fiscal_window: 0,
    failed: 0,
  }
  const failures: RetentionFailure[] = []
  const finish = (status: "completed" | "failed") =>
    finishRetentionRunWorkflow(container).run({ input: { id: run.id, status, counts, failures, dry_run: dryRun, actor } })

  const erase = async (input: { customer_id: string; email: string | null; rule: string; request_id?: string }) => {
    const { errors } = await eraseSubjectWorkflow(container).run({
      input: { ...input, actor, run_id: run.id },
      throwOnError: false,
    })
    if (!errors.length) return true
    const err = errors[0].error as any
    if (isLegalHoldError(err)) {
      counts.held += 1
      return false
    }
    counts.failed += 1
    failures.push({ customer_id: input.customer_id, rule: input.rule, message: redact(String(err?.message ?? err)) })
    // Reported once: the subject is skipped by later runs until an admin clears failed_at.
    await markSubjectFailedWorkflow(container).run({ input: { customer_id: input.customer_id } })
    return false
  }

  const eraseBatch = async (ids: string[], rule: string) => {
    const { result, errors } = await eraseSubjectsWorkflow(container).run({
      input: { subjects: ids.map((customer_id) => ({ customer_id, email: null })), rule, actor, run_id: run.id },
      throwOnError: false,
    })
    if (!errors.length) {
      counts[rule] += result.erased
      counts.held += result.held.length
      return
    }
    // One record broke the batch: redo it subject by subject so only that record is reported.
    for (const customer_id of ids) if (await erase({ customer_id, email: null, rule })) counts[rule] += 1
  }

  try {
    const due = await privacy.listDataSubjectRequests({ type: "erasure", status: "cooling_off", execute_after: { $lte: now } })
    for (const req of due) {
      if (!req.customer_id) continue
      // The person asked: every record under their e-mail goes, not only this customer record.
      const subject = await erasureRequestSubject(container, req)
      if (!subject.exists) {
        // Never "completed" for an erasure that erased nobody: reported, left open for staff.
        failures.push({ customer_id: req.customer_id, rule: "erasure_request", message: `Erasure request ${req.id}: the customer was not found` })
        counts.failed += 1
        continue
      }
      if (dryRun) {
        const [holds] = await collectLegalHoldsForSubjects(container, [{ customer_id: subject.customer_id, email: subject.email }])
        counts[holds.length ? "held" : "erasure_request"] += 1
      } else if (await erase({ customer_id: req.customer_id, email: subject.email, rule: "erasure_request", request_id: req.id })) counts.erasure_request += 1
    }

    const warnUntil = new Date(now.getTime() + options.warningDays * 86_400_000)
    const pending = new Map<string, string[]>()
    for await (const page of scanRetentionCandidates(container, warnUntil, options.batchSize)) {
      const batch = page.filter((c) => !c.failed_at)
      // Always warned first, with the full grace: also a subject already past due when the plugin was
      // installed over existing data, or when the job was down for longer than warningDays.
      const actions = batch.map((c) => retentionAction(c, now, options.warningDays))
      // Holds are asked here only where this loop decides on them: a subject to warn, one it counts as held (past
      // due, waiting for its grace) and, in a dry run, every subject. A subject due for erasure goes to the erasure
      // batch, whose workflow asks every provider for holds itself (filter-held-subjects, at the moment of erasure)
      // and counts the held ones: asking here too only repeated that round of reads for every page.
      const asked = batch.filter((c, i) => dryRun || actions[i] === "warn" || (actions[i] === "wait" && c.due_at <= now))
      const askedHolds = await collectLegalHoldsForSubjects(
        container,
        asked.map((c) => ({ customer_id: c.customer_id, email: c.email }))
      )
      const heldIds = new Set(asked.filter((_, i) => askedHolds[i].length > 0).map((c) => c.customer_id))
      const due = new Map<string, string[]>()
      for (const [i, c] of batch.entries()) {
        if (heldIds.has(c.customer_id)) {
          if (c.due_at <= now) counts.held += 1
          continue
        }
        const action = actions[i]
        if (action === "warn") {
          if (!dryRun) {
            await sendRetentionWarningWorkflow(container).run({
              input: { customer_id: c.customer_id, email: c.email, due_at: c.due_at, erase_on: earliestErasure(c, now, options.warningDays) },
            })
          }
          counts.warned += 1
          continue
        }
        if (action === "wait") continue
        if (dryRun) counts[c.rule] += 1
        else {
          if (!due.has(c.rule)) due.set(c.rule, [])
          due.get(c.rule)!.push(c.customer_id)
        }
      }
      // Full batches: due subjects of a rule are collected over pages until batchSize (a page of customers holds
      // only part of them), so a run costs one erasure batch per batchSize subjects, not one per page.
      for (const [rule, ids] of due) {
        const list = [...(pending.get(rule) ?? []), ...ids]
        while (list.length >= options.batchSize) await eraseBatch(list.splice(0, options.batchSize), rule)
        pending.set(rule, list)
      }
    }
    // By id only: the record's own e-mail is used unless another live customer record shares it.
    for (const [rule, ids] of pending) if (ids.length) await eraseBatch(ids, rule)

    for await (const ids of scanFiscalOrders(container, fiscalCutoff(now, options.fiscalRetentionYears), options.batchSize)) {
      if (!dryRun) await anonymizeFiscalOrdersWorkflow(container).run({ input: { order_ids: ids } })
      counts.order_fiscal_window += ids.length
    }
    await finish("completed")
  } catch (e: any) {
    failures.push({ rule: "run", message: redact(String(e?.message ?? e)) })
    await finish("failed")
    throw e
  }
  return privacy.retrieveRetentionRun(run.id)
}
