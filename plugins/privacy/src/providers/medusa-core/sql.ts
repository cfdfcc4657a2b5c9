import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { scrubJson } from "../../utils/scrub"

/**
 * The SQL the Medusa core provider keeps: reads that no module filter can express (case-insensitive e-mails, JSON
 * keys, soft-deleted records) and the bulk writes no module service can do at retention's scale (see each
 * function). Everything else is erased through the module services (erase.ts) and the Link module (links.ts).
 *
 * It relies on Medusa 2.x's default of every core module sharing one PostgreSQL database (the tables and columns
 * it reads or writes are checked once, see assertCoreSchema). Every statement is idempotent: a re-run finds
 * nothing left to change.
 */

type Knex = any
export const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]
const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** PostgreSQL array literal: knex would expand a JS array binding into a list, `= any(?)` needs one array value. */
const pgArray = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`

/** knex.raw with every array binding passed as one PostgreSQL array. */
export const sql = (db: Knex, text: string, bindings: unknown[] = []) =>
  db.raw(
    text,
    bindings.map((b) => (Array.isArray(b) ? pgArray(b.map(String)) : b))
  )

/** Columns this file reads or writes; a Medusa upgrade that moves one fails loudly, naming it, instead of leaving data behind. */
const REQUIRED_COLUMNS: Record<string, string[]> = {
  customer: ["id", "email", "company_name", "created_at", "deleted_at"],
  customer_group_customer: ["customer_id", "customer_group_id"],
  customer_account_holder: ["customer_id", "account_holder_id"],
  account_holder: ["id", "email", "data"],
  order: ["id", "email", "customer_id", "metadata", "shipping_address_id", "billing_address_id", "created_at", "deleted_at"],
  order_address: ["id", "customer_id", "first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "phone", "metadata"],
  order_change: ["id", "order_id", "metadata"],
  order_change_action: ["id", "order_id", "details"],
  order_payment_collection: ["order_id", "payment_collection_id"],
  cart: ["id", "email", "customer_id", "shipping_address_id", "billing_address_id"],
  cart_payment_collection: ["cart_id", "payment_collection_id"],
  payment_session: ["id", "payment_collection_id", "data", "context", "deleted_at"],
  payment: ["id", "payment_collection_id", "data", "deleted_at"],
  notification: ["id", "to", "receiver_id"],
  provider_identity: ["entity_id", "auth_identity_id", "provider"],
  auth_identity: ["id", "app_metadata"],
  privacy_subject_clock: ["customer_id"],
}

/** One schema check per database connection (a cache: the answer cannot change while the process runs). */
const schemaCheckCache = new WeakMap<Knex, Promise<void>>()

export function assertCoreSchema(container: MedusaContainer): Promise<void> {
  const db = knexOf(container)
  const cached = schemaCheckCache.get(db)
  if (cached) return cached
  const check = (async () => {
    const { rows } = await sql(
      db,
      "select table_name, column_name from information_schema.columns where table_schema = current_schema() and table_name = any(?)",
      [Object.keys(REQUIRED_COLUMNS)]
    )
    const have = new Set(rows.map((r: any) => `${r.table_name}.${r.column_name}`))
    const missing = Object.entries(REQUIRED_COLUMNS)
      .flatMap(([t, cols]) => cols.map((c) => `${t}.${c}`))
      .filter((c) => !have.has(c))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `privacy: Medusa's schema lacks ${missing.join(", ")}; this version of @softshop/medusa-privacy cannot erase safely`
      )
    }
  })().catch((e) => {
    schemaCheckCache.delete(db)
    throw e
  })
  schemaCheckCache.set(db, check)
  return check
}

/** NL "3511 AB" → "3511", elsewhere the first two characters (the same rule as postcodePrefix in scrub.ts). */
const POSTCODE_PREFIX_SQL = `case when postal_code is null then null
  when lower(country_code) = 'nl' then left(upper(regexp_replace(postal_code, '\\s', '', 'g')), 4)
  else left(upper(regexp_replace(postal_code, '\\s', '', 'g')), 2) end`

const ADDRESS_NULLS =
  "first_name = null, last_name = null, company = null, address_1 = null, address_2 = null, city = null, province = null, phone = null, customer_id = null, metadata = null, updated_at = now()"

/**
 * `column in (select unnest(?::text[]))` instead of `column = any(?)`: for a batch's few thousand ids PostgreSQL
 * plans `= any(array)` as a sequential scan of the whole table (measured on the retention benchmark's 100k orders:
 * one scan per statement and batch), the semi-join form as index lookups. `column` is a constant of this file.
 */
const inIds = (column: string) => `${column} in (select unnest(?::text[]))`

/**
 * Nulls personal keys in JS (scrubJson) in rows read by `select` (id plus `columns`) and writes back only the rows
 * that changed, in one statement. Table and columns are identifier bindings (`??`), values are bound.
 */
async function scrubJsonRows(trx: Knex, table: string, columns: string[], rows: Record<string, any>[]) {
  const changed: { id: string; values: string[] }[] = []
  for (const row of rows) {
    const results = columns.map((c) => scrubJson(row[c] ?? null))
    if (results.some((r) => r.changed)) changed.push({ id: row.id, values: results.map((r) => JSON.stringify(r.value)) })
  }
  if (!changed.length) return 0
  const sets = columns.map((_, i) => `?? = u.c${i}`).join(", ")
  const unnest = columns.map(() => "?::jsonb[]").join(", ")
  const aliases = columns.map((_, i) => `c${i}`).join(", ")
  await sql(trx, `update ?? t set ${sets} from unnest(?::text[], ${unnest}) as u(id, ${aliases}) where t.id = u.id`, [
    table,
    ...columns,
    changed.map((c) => c.id),
    ...columns.map((_, i) => changed.map((c) => c.values[i])),
  ])
  return changed.length
}

/** scrubJsonRows over `select id, columns from table where <where>`; `where` is one of this file's constant fragments. */
async function scrubJsonColumns(trx: Knex, table: string, columns: string[], where: string, bindings: unknown[]) {
  const list = columns.map(() => "??").join(", ")
  const { rows } = await sql(trx, `select id, ${list} from ?? where ${where}`, [...columns, table, ...bindings])
  return scrubJsonRows(trx, table, columns, rows)
}

/** The payment collections of these orders and carts (link rows, soft-deleted ones too), through the links' primary keys. */
export async function paymentCollectionsOf(db: Knex, orderIds: string[], cartIds: string[]): Promise<string[]> {
  const branches: string[] = []
  const bindings: string[][] = []
  // A branch per non-empty list: an empty list's semi-join still scans its link table.
  if (orderIds.length) {
    branches.push(`select payment_collection_id from order_payment_collection where ${inIds("order_id")}`)
    bindings.push(orderIds)
  }
  if (cartIds.length) {
    branches.push(`select payment_collection_id from cart_payment_collection where ${inIds("cart_id")}`)
    bindings.push(cartIds)
  }
  if (!branches.length) return []
  const { rows } = await sql(db, branches.join(" union "), bindings)
  return uniq(rows.map((r: any) => r.payment_collection_id))
}

/**
 * Rows (id and `columns`) of payment_session or payment under these payment collections, soft-deleted ones included.
 * Medusa indexes `payment_collection_id` only where `deleted_at is null`, so live rows are read through that index
 * and soft-deleted ones through the `deleted_at` index, in two branches (one condition over both is a table scan).
 */
export async function paymentRowsOf(db: Knex, table: "payment_session" | "payment", columns: string[], collectionIds: string[]) {
  if (!collectionIds.length) return []
  const list = columns.map(() => "??").join(", ")
  const { rows } = await sql(
    db,
    `with c as materialized (select unnest(?::text[]) as id)
     select id, ${list} from ?? where deleted_at is null and payment_collection_id in (select id from c)
     union all select id, ${list} from ?? where deleted_at is not null and payment_collection_id in (select id from c)`,
    [collectionIds, ...columns, table, ...columns, table]
  )
  return rows as Record<string, any>[]
}

/** Order changes, payment sessions and payments of these orders (and carts): personal keys in their JSON nulled. */
async function scrubOrderSatellites(trx: Knex, orderIds: string[], cartIds: string[], counts: Record<string, number>) {
  if (orderIds.length) {
    const filled = (col: string) => `order_id = any(?) and ${col} is not null and ${col} <> '{}'::jsonb`
    counts.order_change = (counts.order_change ?? 0) + (await scrubJsonColumns(trx, "order_change", ["metadata"], filled("metadata"), [orderIds]))
    counts.order_change += await scrubJsonColumns(trx, "order_change_action", ["details"], filled("details"), [orderIds])
  }
  // One read of the collections for both tables, then each table through its index (see paymentRowsOf).
  const collectionIds = await paymentCollectionsOf(trx, orderIds, cartIds)
  if (!collectionIds.length) return
  const sessions = await paymentRowsOf(trx, "payment_session", ["data", "context"], collectionIds)
  counts.payment_session = (counts.payment_session ?? 0) + (await scrubJsonRows(trx, "payment_session", ["data", "context"], sessions))
  const payments = await paymentRowsOf(trx, "payment", ["data"], collectionIds)
  counts.payment = (counts.payment ?? 0) + (await scrubJsonRows(trx, "payment", ["data"], payments))
}

/**
 * Who an erasure reaches in Medusa's data, as ids. `customer_ids` also holds the ids the subjects named that are
 * already gone (a re-run still removes what is left under them); `found_customer_ids` the records that exist.
 */
export type CoreSubjectScope = {
  customer_ids: string[]
  found_customer_ids: string[]
  emails: string[]
  cart_ids: string[]
  cart_address_ids: string[]
  notification_ids: string[]
  customer_login_ids: string[]
  staff_login_ids: string[]
}

/**
 * Reads, for a batch of subjects, every Medusa record erasure writes (ids only). SQL, read-only, because no
 * module's filters can do it: e-mails are matched case-insensitively (`lower(email) = any(?)`; Medusa stores them as
 * typed, and list filters offer only exact `in`), soft-deleted customers and carts are included, and logins are found
 * through `app_metadata->>'customer_id'`, a JSON key the auth module cannot filter on.
 * A subject named by id alone never reaches, through a shared e-mail, another live customer record.
 */
export async function readSubjectScope(container: MedusaContainer, seedIds: string[], seedEmails: string[]): Promise<CoreSubjectScope> {
  const db = knexOf(container)
  const { rows: customers } = await sql(db, "select id, lower(email) as email from customer where id = any(?) or lower(email) = any(?) order by id", [
    seedIds,
    seedEmails,
  ])
  const customerIds = uniq([...seedIds, ...customers.map((c: any) => c.id)])
  const derived = uniq(customers.map((c: any) => c.email)).filter((e) => !seedEmails.includes(e))
  const shared = derived.length
    ? (
        await sql(db, "select distinct lower(email) as email from customer where lower(email) = any(?) and not (id = any(?)) and deleted_at is null", [
          derived,
          customerIds,
        ])
      ).rows.map((r: any) => r.email)
    : []
  const emails = uniq([...seedEmails, ...derived.filter((e) => !shared.includes(e))])
  // Carts, notifications and logins do not depend on each other: read together.
  const [{ rows: carts }, { rows: notifications }, { rows: logins }] = await Promise.all([
    sql(db, "select id, shipping_address_id, billing_address_id from cart where customer_id = any(?) or lower(email) = any(?)", [customerIds, emails]),
    sql(db, `select id from notification where receiver_id = any(?) or lower("to") = any(?)`, [customerIds, emails]),
    // Logins: by e-mail (emailpass) and by the customer link any provider stores in app_metadata.
    sql(
      db,
      `select id, app_metadata from auth_identity where id in (
         select auth_identity_id from provider_identity where lower(entity_id) = any(?))
       or app_metadata->>'customer_id' = any(?)`,
      [emails, customerIds]
    ),
  ])
  return {
    customer_ids: customerIds,
    found_customer_ids: uniq(customers.map((c: any) => c.id)),
    emails,
    cart_ids: carts.map((c: any) => c.id),
    cart_address_ids: uniq(carts.flatMap((c: any) => [c.shipping_address_id, c.billing_address_id])),
    notification_ids: notifications.map((n: any) => n.id),
    // A staff member's login is never deleted; only its link to the erased customer goes (unlinkStaffLogins).
    customer_login_ids: logins.filter((a: any) => !a.app_metadata?.user_id).map((a: any) => a.id),
    staff_login_ids: logins.filter((a: any) => a.app_metadata?.user_id).map((a: any) => a.id),
  }
}

/**
 * The subjects' orders keep fiscal fields only (amounts, currency, dates, country, postcode prefix), with the personal
 * keys of their order changes, payment sessions and payments (and those of the subjects' carts) nulled: one SQL
 * transaction, so a re-run finds an order either untouched or done. SQL because every row gets its own value (the
 * erasure mark merged into each order's metadata, each address's postcode cut to its prefix, personal keys removed
 * inside provider JSON), which through updateOrders / updateOrderAddresses / updatePaymentSessions is one loaded
 * entity and one UPDATE per row — the per-subject services attempt measured 47× plain SQL. With this part in SQL
 * and the rest through the module services, retention measured 2.93–3.42× plain SQL at 100k orders (three full
 * runs of the benchmark, 2026-12-03, plugin README "Performance"; target ≤ 5×).
 */
export async function anonymizeSubjectOrders(container: MedusaContainer, scope: CoreSubjectScope, now: Date, counts: Record<string, number>) {
  await knexOf(container).transaction(async (trx: Knex) => {
    const { rows: orders } = await sql(
      trx,
      `update "order" set email = null, customer_id = null, updated_at = now(),
         metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('privacy_erased_at', coalesce(metadata->>'privacy_erased_at', ?::text))
       where customer_id = any(?) or lower(email) = any(?) returning id, shipping_address_id, billing_address_id`,
      [now.toISOString(), scope.customer_ids, scope.emails]
    )
    counts.order = orders.length
    const orderAddressIds = uniq(orders.flatMap((o: any) => [o.shipping_address_id, o.billing_address_id]))
    // The orders' addresses by id, then any other address of the customers: two statements, each through its
    // index (one condition over both is a scan of every order address per batch).
    const eraseAddresses = (where: string, ids: string[]) =>
      ids.length
        ? sql(
            trx,
            `update order_address set ${ADDRESS_NULLS}, postal_code = ${POSTCODE_PREFIX_SQL}
             where ${where} and (first_name is not null or last_name is not null or address_1 is not null
               or address_2 is not null or city is not null or phone is not null or company is not null or customer_id is not null
               or province is not null or metadata is not null or postal_code <> ${POSTCODE_PREFIX_SQL})`,
            [ids]
          ).then((r: any) => r.rowCount as number)
        : 0
    counts.order_address = (await eraseAddresses(inIds("id"), orderAddressIds)) + (await eraseAddresses("customer_id = any(?)", scope.customer_ids))
    await scrubOrderSatellites(
      trx,
      orders.map((o: any) => o.id),
      scope.cart_ids,
      counts
    )
  })
}

/**
 * Staff logins that were also linked to an erased customer lose only that link. SQL because the auth module's
 * updateAuthIdentities merges `app_metadata` into the stored object (a key cannot be dropped through it), and core's
 * own way, `customer_id: null`, leaves a defined key that makes Medusa refuse to link the e-mail to a customer again.
 */
export async function unlinkStaffLogins(container: MedusaContainer, ids: string[]): Promise<number> {
  if (!ids.length) return 0
  return (
    await sql(
      knexOf(container),
      "update auth_identity set app_metadata = app_metadata - 'customer_id', updated_at = now() where id = any(?) and app_metadata->>'customer_id' is not null",
      [ids]
    )
  ).rowCount
}

/**
 * The customers as known to payment providers (account holders, reached through the customer_account_holder link):
 * e-mail and provider data cleared. SQL because the payment module's updateAccountHolder asks the provider first and
 * its generated update merges `data` into the stored object (setting `{}` would keep every key).
 */
export async function clearAccountHolders(container: MedusaContainer, customerIds: string[]): Promise<number> {
  if (!customerIds.length) return 0
  return (
    await sql(
      knexOf(container),
      `update account_holder set email = null, data = '{}'::jsonb, metadata = null, updated_at = now()
       where id in (select account_holder_id from customer_account_holder where customer_id = any(?)) and (email is not null or data <> '{}'::jsonb)`,
      [customerIds]
    )
  ).rowCount
}

/**
 * Full anonymisation of orders past the fiscal window, one transaction: amounts, currency, dates and country stay.
 * SQL for the reason anonymizeSubjectOrders gives (a per-row metadata merge and JSON scrub, thousands of orders a
 * night; retention's largest write).
 */
export async function anonymizeFiscalOrders(container: MedusaContainer, orderIds: string[], now: Date): Promise<Record<string, number>> {
  await assertCoreSchema(container)
  const counts: Record<string, number> = { order: 0, order_address: 0 }
  if (!orderIds.length) return counts
  await knexOf(container).transaction(async (trx: Knex) => {
    const { rows: orders } = await sql(
      trx,
      `update "order" set email = null, customer_id = null, updated_at = now(),
         metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('privacy_anonymized_at', ?::text)
       where ${inIds("id")} and metadata->>'privacy_anonymized_at' is null
       returning id, shipping_address_id, billing_address_id`,
      [now.toISOString(), orderIds]
    )
    counts.order = orders.length
    const addressIds = uniq(orders.flatMap((o: any) => [o.shipping_address_id, o.billing_address_id]))
    if (addressIds.length) {
      counts.order_address = (await sql(trx, `update order_address set ${ADDRESS_NULLS}, postal_code = null where ${inIds("id")}`, [addressIds])).rowCount
    }
    await scrubOrderSatellites(
      trx,
      orders.map((o: any) => o.id),
      [],
      counts
    )
  })
  return counts
}

/** Orders created before the cutoff and not yet fully anonymised, in keyset batches of ids. */
export async function* scanFiscalOrders(container: MedusaContainer, cutoff: Date, pageSize = 500): AsyncGenerator<string[]> {
  const knex = knexOf(container)
  let cursor = ""
  for (;;) {
    const { rows } = await sql(
      knex,
      `select id from "order" where id > ? and created_at < ? and metadata->>'privacy_anonymized_at' is null order by id limit ?`,
      [cursor, cutoff, pageSize]
    )
    if (!rows.length) return
    cursor = rows[rows.length - 1].id
    yield rows.map((r: any) => r.id)
  }
}

export type CustomerActivityRow = {
  id: string
  email: string | null
  company_name: string | null
  created_at: Date
  last_order_at: Date | null
  in_business_group: boolean
  last_activity_at: Date | null
  warned_at: Date | null
  failed_at: Date | null
}

/** A customer's retention inputs: last order, business-group membership, the privacy clock (one binding: the group ids). */
const CUSTOMER_ACTIVITY = `select c.id, c.email, c.company_name, c.created_at,
    (select max(o.created_at) from "order" o where o.customer_id = c.id and o.deleted_at is null) as last_order_at,
    exists (select 1 from customer_group_customer g where g.customer_id = c.id and g.customer_group_id = any(?) and g.deleted_at is null) as in_business_group,
    sc.last_activity_at, sc.warned_at, sc.failed_at
  from customer c
  left join privacy_subject_clock sc on sc.customer_id = c.id and sc.deleted_at is null`

/**
 * One keyset page of customers (soft-deleted records too: they still hold personal data) with what the
 * retention clocks read: last order, business-group membership and the subject clock. Admin users live
 * in another table and are never read.
 */
export async function customerActivityPage(
  container: MedusaContainer,
  cursor: string,
  pageSize: number,
  businessGroupIds: string[]
): Promise<CustomerActivityRow[]> {
  const { rows } = await sql(knexOf(container), `${CUSTOMER_ACTIVITY} where c.id > ? order by c.id limit ?`, [businessGroupIds, cursor, pageSize])
  return rows
}

/** The same row for one customer (soft-deleted too), or undefined. */
export async function customerActivityOf(container: MedusaContainer, customerId: string, businessGroupIds: string[]): Promise<CustomerActivityRow | undefined> {
  const { rows } = await sql(knexOf(container), `${CUSTOMER_ACTIVITY} where c.id = ?`, [businessGroupIds, customerId])
  return rows[0]
}
