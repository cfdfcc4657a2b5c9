import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { PrivacySubject, SubjectErasureResult } from "../../types/privacy-contract"
import type PrivacyModuleService from "../../modules/privacy/service"
import { addTraceCounts, eraseCoreTraces } from "./traces"
import { anonymizeSubjectOrders, assertCoreSchema, clearAccountHolders, readSubjectScope, unlinkStaffLogins } from "./sql"

const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]

/** Waits for every promise, then throws the first failure: nothing is left running when the step fails. */
export async function settleAll(work: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((r): r is PromiseRejectedResult => r.status === "rejected")
  if (failed) throw failed.reason
}

/**
 * Deletes go through the module services by selector, `{ id: ids }`: MedusaService's generated `delete<Model>s` takes
 * a filter as well as ids (the customer module's interface declares it, `deleteCustomers({ id: [...] })`) and sends it
 * as one `id in (…)`, while an array of ids becomes `id = ? or id = ? or …`, one clause per id, that MikroORM builds
 * node by node and PostgreSQL tests on every row of the table (a sequential scan per call: ~30 ms per 500 ids at
 * 2,000 customers, growing with the table). Same rows deleted, soft-deleted ones too, and the same per-row
 * `deleted` events (the repository returns the deleted ids either way).
 */
const byIds = (ids: string[]) => ({ id: ids })
type DeleteBySelector = (selector: { id: string[] }) => Promise<void>

/** Methods MedusaService generates for every model of a module that the public interfaces of 2.21 do not declare. */
type CreditLineMethods = {
  listCreditLines(filters: { cart_id: string[] }, config: { select: string[]; withDeleted?: boolean }): Promise<{ id: string }[]>
  deleteCreditLines: DeleteBySelector
}
type NotificationDeleteMethod = { deleteNotifications: DeleteBySelector }
/** The selector form of the generated deletes whose 2.21 interfaces declare only ids. */
type CartDeleteMethods = { deleteCarts: DeleteBySelector; deleteAddresses: DeleteBySelector }
type AuthDeleteMethod = { deleteAuthIdentities: DeleteBySelector }

/** Records whose links (Link module) must go after an erasure, and the customers it deleted (for events). */
import type { RemovedCoreRecords } from "./types"

export type { RemovedCoreRecords }

/**
 * Erases the subjects from Medusa's own data: customers (incl. soft-deleted records), addresses, logins (staff
 * logins only lose their customer link), carts, notifications, payment account holders; orders keep fiscal fields
 * only (country and postcode prefix on their addresses).
 */
export async function eraseCoreSubjects(container: MedusaContainer, subjects: PrivacySubject[], now: Date): Promise<SubjectErasureResult> {
  return (await eraseCoreSubjectsDetailed(container, subjects, now)).result
}

/**
 * eraseCoreSubjects with the ids it removed, for the erasure workflow's next steps: link rows (order_cart,
 * cart_payment_collection, cart_promotion, customer_account_holder and any link another module defines) are
 * removed through the Link module (links.ts, the dismiss-erased-links step), `customer.deleted` is emitted for
 * `deleted_customer_ids`. `customer_ids` also holds the ids the subjects named that were already gone, so a
 * re-run still removes links left behind.
 *
 * One batch of subjects costs one call per module service and table (arrays, never one call per subject), plus
 * the SQL of sql.ts: reads no module filter can express and the order anonymisation (one transaction). The calls
 * are not one transaction; each is idempotent and the order makes a re-run finish an interrupted erasure: orders
 * first, then carts, notifications, logins, account holders and addresses (together, they are independent), the
 * customer record (which a retention re-run starts from) and its retention clock last.
 */
export async function eraseCoreSubjectsDetailed(
  container: MedusaContainer,
  subjects: PrivacySubject[],
  now: Date
): Promise<{ result: SubjectErasureResult; removed: RemovedCoreRecords }> {
  await assertCoreSchema(container)
  const erased: Record<string, number> = { customer: 0, customer_address: 0, auth_identity: 0, cart: 0, notification: 0 }
  const anonymized: Record<string, number> = {
    order: 0,
    order_address: 0,
    order_change: 0,
    payment_session: 0,
    payment: 0,
    account_holder: 0,
    auth_identity: 0,
  }
  const seedIds = uniq(subjects.map((s) => s.customer_id))
  const seedEmails = uniq(subjects.map((s) => s.email?.trim().toLowerCase()))
  const removed: RemovedCoreRecords = { customer_ids: [], cart_ids: [], deleted_customer_ids: [] }
  if (!seedIds.length && !seedEmails.length) return { result: { module: "medusa", erased, anonymized }, removed }

  const scope = await readSubjectScope(container, seedIds, seedEmails)
  const customerIds = scope.customer_ids

  await anonymizeSubjectOrders(container, scope, now, anonymized)

  // Carts, notifications, logins, account holders and the address book do not depend on each other: one batch
  // sends them together (each call idempotent; all settle before the customer record goes).
  const cartModule = container.resolve(Modules.CART)
  const customerModule = container.resolve(Modules.CUSTOMER)
  await settleAll([
    // Carts with their credit lines (no cascade on that foreign key) and addresses; items and shipping methods
    // go with the cart (cascading foreign keys).
    (async () => {
      if (scope.cart_ids.length) {
        const carts = cartModule as unknown as CreditLineMethods
        const creditLines = await carts.listCreditLines({ cart_id: scope.cart_ids }, { select: ["id"], withDeleted: true })
        if (creditLines.length) await carts.deleteCreditLines(byIds(creditLines.map((c) => c.id)))
        await (cartModule as unknown as CartDeleteMethods).deleteCarts(byIds(scope.cart_ids))
        erased.cart = scope.cart_ids.length
      }
      const ownCartAddresses = customerIds.length
        ? await cartModule.listAddresses({ customer_id: customerIds } as any, { select: ["id"], withDeleted: true })
        : []
      const cartAddressIds = uniq([...scope.cart_address_ids, ...ownCartAddresses.map((a) => a.id)])
      if (cartAddressIds.length) await (cartModule as unknown as CartDeleteMethods).deleteAddresses(byIds(cartAddressIds))
    })(),
    (async () => {
      if (!scope.notification_ids.length) return
      await (container.resolve(Modules.NOTIFICATION) as unknown as NotificationDeleteMethod).deleteNotifications(byIds(scope.notification_ids))
      erased.notification = scope.notification_ids.length
    })(),
    // Logins: their provider identities (the e-mail) go with them (cascading foreign key).
    (async () => {
      if (!scope.customer_login_ids.length) return
      await (container.resolve(Modules.AUTH) as unknown as AuthDeleteMethod).deleteAuthIdentities(byIds(scope.customer_login_ids))
      erased.auth_identity = scope.customer_login_ids.length
    })(),
    (async () => {
      anonymized.auth_identity = await unlinkStaffLogins(container, scope.staff_login_ids)
    })(),
    (async () => {
      anonymized.account_holder = await clearAccountHolders(container, customerIds)
    })(),
    (async () => {
      const addresses = customerIds.length
        ? await customerModule.listCustomerAddresses({ customer_id: customerIds }, { select: ["id"], withDeleted: true } as any)
        : []
      if (addresses.length) await customerModule.deleteCustomerAddresses(byIds(addresses.map((a) => a.id)))
      erased.customer_address = addresses.length
    })(),
  ])

  // Hard delete (not core's softDeleteCustomers): a soft-deleted record still holds the personal data.
  if (scope.found_customer_ids.length) await customerModule.deleteCustomers(byIds(scope.found_customer_ids))
  erased.customer = scope.found_customer_ids.length

  // The retention clock (and its warning mark) goes right after the customer record, never before: a run killed
  // in between still finds the subject warned and finishes the erasure instead of warning again.
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const clocks = customerIds.length ? await privacy.listSubjectClocks({ customer_id: customerIds }, { select: ["id"], withDeleted: true }) : []
  if (clocks.length) await privacy.deleteSubjectClocks(byIds(clocks.map((c) => c.id)))
  erased.subject_clock = clocks.length

  removed.customer_ids = customerIds
  removed.cart_ids = scope.cart_ids
  removed.deleted_customer_ids = scope.found_customer_ids
  // What Medusa keeps outside these records (stored workflow runs, payment snapshots, account holders' ids): after
  // the records, before the link rows go (the link step after this one), because it reads them.
  addTraceCounts({ erased, anonymized }, await eraseCoreTraces(container, removed))
  return { result: { module: "medusa", erased, anonymized }, removed }
}
