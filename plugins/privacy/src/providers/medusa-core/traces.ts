import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { paymentRowsOf, sql, uniq } from "./sql"
import type { RemovedCoreRecords } from "./types"

/**
 * The traces of erased subjects that Medusa keeps outside the records erase.ts erases, found by the erasure
 * table scan (integration-tests/http/privacy/erasure-table-scan.spec.ts):
 *
 * - `account_holder.external_id`: the customer at a payment provider; the system provider's is the customer id.
 *   Replaced by the holder's own id (erase.ts has cleared e-mail, data and metadata).
 * - `payment_session.context` / `.data`, `payment.data`: the customer snapshot a provider got (customer,
 *   addresses and account holder ids; erase.ts already nulled the personal keys) and ids of the erased carts
 *   (MultiSafepay keeps `cart_id`). The snapshot goes, the ids are nulled; amounts and statuses stay (P10, fiscal).
 * - `workflow_execution`: finished executions Medusa retains (complete-cart keeps its whole context — the cart
 *   with e-mail, names and addresses — for three days; workflows run as a step of another are kept too).
 *   Deleted through the workflow engine module.
 *
 * Runs after erase.ts's records (the Payment and workflow engine modules write on their own connections) and
 * before the erasure workflow removes the links (it reads cart_payment_collection, order_cart and
 * customer_account_holder). Set-based for a batch of subjects, parameterised, idempotent: a re-run finds
 * nothing left. Returns counts in the shape of a SubjectErasureResult's `erased` / `anonymized`.
 */

type Counts = { erased: Record<string, number>; anonymized: Record<string, number> }

/** Workflow states after which an execution is only kept for idempotency and inspection (never resumed). */
const FINISHED_WORKFLOW_STATES = ["done", "failed", "reverted"]

/** A copy of a JSON value with every string equal to one of `ids` nulled; `changed` when anything was. */
export function scrubIds<T>(value: T, ids: Set<string>): { value: T; changed: boolean } {
  let changed = false
  const walk = (v: unknown): unknown => {
    if (typeof v === "string" && ids.has(v)) {
      changed = true
      return null
    }
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === "object" && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]))
    return v
  }
  const result = walk(value) as T
  return { value: result, changed }
}

/** Keys of a payment session's context that describe the customer (what the provider was told at creation). */
const CUSTOMER_CONTEXT_KEYS = ["customer", "account_holder", "billing_address", "shipping_address", "email"]

export async function eraseCoreTraces(container: MedusaContainer, removed: RemovedCoreRecords): Promise<Counts> {
  const counts: Counts = { erased: { workflow_execution: 0 }, anonymized: { payment_session: 0, payment: 0, account_holder_external_id: 0 } }
  const customerIds = uniq(removed.customer_ids)
  const cartIds = uniq(removed.cart_ids)
  if (!customerIds.length && !cartIds.length) return counts
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  // Link rows still exist here (the erasure workflow removes them next); read through Query, as any module's links.
  const graph = async (entity: string, fields: string[], filters: Record<string, unknown>) =>
    ((await query.graph({ entity, fields, filters })).data ?? []) as Record<string, any>[]
  const holders = customerIds.length ? await graph("customer_account_holder", ["account_holder_id"], { customer_id: customerIds }) : []
  const holderIds = uniq(holders.map((h) => h.account_holder_id))
  const orderLinks = cartIds.length ? await graph("order_cart", ["order_id"], { cart_id: cartIds }) : []
  const orderIds = uniq(orderLinks.map((l) => l.order_id))
  const collections = [
    ...(cartIds.length ? await graph("cart_payment_collection", ["payment_collection_id"], { cart_id: cartIds }) : []),
    ...(orderIds.length ? await graph("order_payment_collection", ["payment_collection_id"], { order_id: orderIds }) : []),
  ]
  const collectionIds = uniq(collections.map((c) => c.payment_collection_id))

  // Payment data. SQL because the Payment module writes a session's data and context only through its provider
  // (updatePaymentSession calls the provider's updatePayment), and a payment's data only on capture/refund.
  const ids = new Set([...customerIds, ...cartIds, ...holderIds])
  if (collectionIds.length) {
    const sessions = await paymentRowsOf(knex, "payment_session", ["data", "context"], collectionIds)
    const changedSessions: { id: string; data: string; context: string }[] = []
    for (const s of sessions) {
      const context = { ...(s.context ?? {}) }
      let changed = false
      for (const key of CUSTOMER_CONTEXT_KEYS) {
        if (key in context) {
          delete context[key]
          changed = true
        }
      }
      const data = scrubIds(s.data ?? {}, ids)
      const rest = scrubIds(context, ids)
      if (changed || data.changed || rest.changed) changedSessions.push({ id: s.id, data: JSON.stringify(data.value), context: JSON.stringify(rest.value) })
    }
    if (changedSessions.length) {
      await sql(
        knex,
        "update payment_session p set data = u.data, context = u.context, updated_at = now() from unnest(?::text[], ?::jsonb[], ?::jsonb[]) as u(id, data, context) where p.id = u.id",
        [changedSessions.map((s) => s.id), changedSessions.map((s) => s.data), changedSessions.map((s) => s.context)]
      )
    }
    counts.anonymized.payment_session = changedSessions.length

    const payments = await paymentRowsOf(knex, "payment", ["data"], collectionIds)
    const changedPayments = payments.map((p: any) => ({ id: p.id, ...scrubIds(p.data ?? {}, ids) })).filter((p: any) => p.changed)
    if (changedPayments.length) {
      await sql(knex, "update payment p set data = u.data, updated_at = now() from unnest(?::text[], ?::jsonb[]) as u(id, data) where p.id = u.id", [
        changedPayments.map((p: any) => p.id),
        changedPayments.map((p: any) => JSON.stringify(p.value)),
      ])
    }
    counts.anonymized.payment = changedPayments.length
  }

  // Account holders stay as erase.ts leaves them (e-mail, data and metadata cleared, the link removed next),
  // but the system provider's `external_id` is the customer id itself. SQL because the Payment module's
  // updateAccountHolder writes only data and metadata; the holder's own id is unique per provider like the
  // customer id was (unique index on provider_id, external_id).
  if (holderIds.length && customerIds.length) {
    counts.anonymized.account_holder_external_id = (
      await sql(knex, "update account_holder set external_id = id, updated_at = now() where id = any(?) and external_id = any(?)", [holderIds, customerIds])
    ).rowCount
  }

  // Retained workflow executions whose input names an erased cart or customer. The workflow engine module
  // filters executions by workflow, transaction and run id only; the cart a complete-cart run worked on is only
  // in its JSON input (its transaction id is generated), so the keys are found with SQL and deleted through
  // the module.
  const { rows: executions } = await sql(
    knex,
    `select workflow_id, transaction_id, run_id from workflow_execution
     where state = any(?) and (context->'data'->'payload'->>'id' = any(?) or context->'data'->'payload'->>'cart_id' = any(?)
       or context->'data'->'payload'->>'customer_id' = any(?))`,
    [FINISHED_WORKFLOW_STATES, cartIds, cartIds, customerIds]
  )
  if (executions.length) {
    const engine = container.resolve(Modules.WORKFLOW_ENGINE) as any
    await engine.deleteWorkflowExecutions(executions.map((e: any) => ({ workflow_id: e.workflow_id, transaction_id: e.transaction_id, run_id: e.run_id })))
  }
  counts.erased.workflow_execution = executions.length
  return counts
}

/** Adds the traces' counts to a SubjectErasureResult's counts. */
export function addTraceCounts(target: Counts, traces: Counts) {
  for (const kind of ["erased", "anonymized"] as const) {
    for (const [k, n] of Object.entries(traces[kind])) target[kind][k] = (target[kind][k] ?? 0) + n
  }
}
