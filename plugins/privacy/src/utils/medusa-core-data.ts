import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type {
  PersonalDataDescriptor,
  PersonalDataProvider,
  PrivacySubject,
  SubjectDataExport,
  SubjectErasureResult,
} from "../types/contract"
import { postcodePrefix, scrubJson, toJsonRows } from "./scrub"

const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]

const ADDRESS_FIELDS = ["id", "first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

/** Every row of Medusa's own modules that holds the subject's personal data. Export and erasure both start here. */
export async function collectMedusaRows(container: MedusaContainer, subject: PrivacySubject) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const cartModule = container.resolve(Modules.CART)
  const orderModule = container.resolve(Modules.ORDER)
  const paymentModule = container.resolve(Modules.PAYMENT)
  const notificationModule = container.resolve(Modules.NOTIFICATION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const or = (pairs: [string, string[]][]) => pairs.filter(([, v]) => v.length).map(([k, v]) => ({ [k]: v }))
  const seedIds = uniq([subject.customer_id])
  const seedEmails = uniq([subject.email?.toLowerCase()])
  const customerFilter = or([["id", seedIds], ["email", seedEmails]])
  const customers = customerFilter.length
    ? await customerModule.listCustomers({ $or: customerFilter } as any, {
        select: ["id", "email", "first_name", "last_name", "phone", "company_name", "has_account", "created_at", "metadata"],
      })
    : []
  const customerIds = uniq([...seedIds, ...customers.map((c) => c.id)])
  // A subject named by id alone (retention of one customer record) must not reach, through a shared
  // e-mail, another live customer record (e.g. an account next to an old guest record).
  const derived = uniq(customers.map((c) => c.email?.toLowerCase())).filter((e) => !seedEmails.includes(e))
  const shared = derived.length
    ? await customerModule.listCustomers({ email: derived, id: { $nin: customerIds } } as any, { select: ["email"] })
    : []
  const sharedEmails = new Set(shared.map((c) => c.email?.toLowerCase()))
  const emails = uniq([...seedEmails, ...derived.filter((e) => !sharedEmails.has(e))])

  const addresses = customerIds.length
    ? await customerModule.listCustomerAddresses({ customer_id: customerIds }, { select: ["customer_id", ...ADDRESS_FIELDS] })
    : []

  const providerIdentities = emails.length
    ? await authModule.listProviderIdentities({ entity_id: emails, provider: "emailpass" } as any, {
        select: ["id", "entity_id", "provider", "auth_identity_id", "created_at"],
      })
    : []
  const authIdentities = providerIdentities.length
    ? await authModule.listAuthIdentities({ id: uniq(providerIdentities.map((p) => p.auth_identity_id)) }, {
        select: ["id", "app_metadata", "created_at"],
      })
    : []

  const cartFilter = or([["customer_id", customerIds], ["email", emails]])
  const carts = cartFilter.length
    ? await cartModule.listCarts({ $or: cartFilter } as any, {
        select: ["id", "email", "customer_id", "currency_code", "created_at", "completed_at", "metadata"],
        relations: ["shipping_address", "billing_address"],
      })
    : []

  const orderFilter = or([["customer_id", customerIds], ["email", emails]])
  const orders = orderFilter.length
    ? await orderModule.listOrders({ $or: orderFilter } as any, {
        select: ["id", "display_id", "email", "customer_id", "currency_code", "created_at", "metadata"],
        relations: ["shipping_address", "billing_address"],
      })
    : []
  const orderIds = orders.map((o) => o.id)
  const orderChanges = orderIds.length
    ? await orderModule.listOrderChanges({ order_id: orderIds }, { select: ["id", "order_id", "change_type", "details", "created_at"], relations: ["actions"] })
    : []

  const collectionIds: string[] = []
  if (orderIds.length) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: orderIds } })
    data.forEach((o: any) => o.payment_collections?.forEach((pc: any) => pc && collectionIds.push(pc.id)))
  }
  if (carts.length) {
    const { data } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: carts.map((c) => c.id) } })
    data.forEach((c: any) => c.payment_collection?.id && collectionIds.push(c.payment_collection.id))
  }
  const paymentSessions = collectionIds.length
    ? await paymentModule.listPaymentSessions({ payment_collection_id: uniq(collectionIds) }, {
        select: ["id", "payment_collection_id", "provider_id", "data", "context", "created_at"],
      })
    : []

  const notificationFilter = or([["to", emails], ["receiver_id", customerIds]])
  const notifications = notificationFilter.length
    ? await notificationModule.listNotifications({ $or: notificationFilter } as any, {
        select: ["id", "to", "channel", "template", "data", "receiver_id", "created_at"],
      })
    : []

  return { customers, addresses, providerIdentities, authIdentities, carts, orders, orderChanges, paymentSessions, notifications, customerIds }
}

/** Medusa's own data (customer, addresses, login, carts, orders, payment sessions, notifications) as a contract provider. */
export function createMedusaCoreProvider(container: MedusaContainer): PersonalDataProvider {
  const descriptor: PersonalDataDescriptor = {
    module: "medusa",
    entities: [
      { entity: "customer", personal_fields: ["email", "first_name", "last_name", "phone", "company_name", "metadata"], description: "Customer profile; deleted on erasure." },
      { entity: "customer_address", personal_fields: ADDRESS_FIELDS.slice(1), description: "Address book; deleted on erasure." },
      { entity: "provider_identity", personal_fields: ["entity_id"], description: "Login (e-mail); deleted so the e-mail can register again." },
      { entity: "auth_identity", personal_fields: ["app_metadata"], description: "Login identity; deleted unless it also belongs to a staff user." },
      { entity: "cart", personal_fields: ["email", "shipping_address", "billing_address", "metadata"], description: "Carts with their addresses; deleted." },
      { entity: "order", personal_fields: ["email", "customer_id", "shipping_address", "billing_address"], description: "Orders keep only fiscal fields (amounts, VAT, currency, dates, country, display id, postcode prefix)." },
      { entity: "order_change", personal_fields: ["details", "actions.details"], description: "Order edit history; personal keys nulled." },
      { entity: "payment_session", personal_fields: ["data", "context"], description: "Payment provider data; personal keys nulled." },
      { entity: "notification", personal_fields: ["to", "data"], description: "Sent messages; deleted." },
    ],
  }

  return {
    getPersonalDataDescriptor: () => descriptor,

    async exportSubjectData(subject): Promise<SubjectDataExport> {
      const r = await collectMedusaRows(container, subject)
      return {
        module: "medusa",
        entities: {
          customer: toJsonRows(r.customers),
          customer_address: toJsonRows(r.addresses),
          provider_identity: toJsonRows(r.providerIdentities),
          auth_identity: toJsonRows(r.authIdentities.map((a) => ({ id: a.id, created_at: (a as any).created_at }))),
          cart: toJsonRows(r.carts),
          order: toJsonRows(r.orders),
          order_change: toJsonRows(r.orderChanges),
          payment_session: toJsonRows(r.paymentSessions),
          notification: toJsonRows(r.notifications),
        },
      }
    },

    async eraseSubjectData(subject): Promise<SubjectErasureResult> {
      const r = await collectMedusaRows(container, subject)
      const erased: Record<string, number> = {}
      const anonymized: Record<string, number> = {}
      await anonymizeOrders(container, r.orders, r.orderChanges, r.paymentSessions, "erased", anonymized)

      const notificationModule = container.resolve(Modules.NOTIFICATION) as any
      if (r.notifications.length) await notificationModule.deleteNotifications(r.notifications.map((n) => n.id))
      erased.notification = r.notifications.length

      const cartModule = container.resolve(Modules.CART)
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      if (r.carts.length) {
        const cartIds = r.carts.map((c) => c.id)
        await link.delete({ [Modules.CART]: { cart_id: cartIds } })
        await cartModule.deleteCarts(cartIds)
        const addressIds = uniq(r.carts.flatMap((c: any) => [c.shipping_address?.id, c.billing_address?.id]))
        if (addressIds.length) await cartModule.deleteAddresses(addressIds)
      }
      erased.cart = r.carts.length

      const authModule = container.resolve(Modules.AUTH)
      const staff = r.authIdentities.filter((a) => (a.app_metadata as any)?.user_id)
      const customerOnly = r.authIdentities.filter((a) => !(a.app_metadata as any)?.user_id)
      if (customerOnly.length) {
        await authModule.deleteProviderIdentities(r.providerIdentities.filter((p) => customerOnly.some((a) => a.id === p.auth_identity_id)).map((p) => p.id))
        await authModule.deleteAuthIdentities(customerOnly.map((a) => a.id))
      }
      // A staff member's login is never touched; only its link to the erased customer goes.
      for (const a of staff) {
        const { customer_id: _drop, ...rest } = (a.app_metadata ?? {}) as Record<string, unknown>
        await authModule.updateAuthIdentities({ id: a.id, app_metadata: rest })
      }
      erased.auth_identity = customerOnly.length
      anonymized.auth_identity = staff.length

      const customerModule = container.resolve(Modules.CUSTOMER)
      if (r.addresses.length) await customerModule.deleteCustomerAddresses(r.addresses.map((a) => a.id))
      erased.customer_address = r.addresses.length
      if (r.customers.length) {
        const ids = r.customers.map((c) => c.id)
        await link.delete({ [Modules.CUSTOMER]: { customer_id: ids } })
        await customerModule.deleteCustomers(ids)
      }
      erased.customer = r.customers.length
      return { module: "medusa", erased, anonymized }
    },
  }
}

/**
 * Strips orders to their fiscal fields. mode "erased": keep country and postcode prefix;
 * mode "fiscal": the fiscal window has ended, keep only amounts, currency, dates and country.
 * Idempotent: the marker in metadata records what was done.
 */
export async function anonymizeOrders(
  container: MedusaContainer,
  orders: any[],
  orderChanges: any[],
  paymentSessions: any[],
  mode: "erased" | "fiscal",
  counts: Record<string, number>
) {
  const orderModule = container.resolve(Modules.ORDER) as any
  const paymentModule = container.resolve(Modules.PAYMENT) as any
  const privacyModule = container.resolve("privacy") as any
  const now = privacyModule.now().toISOString()
  const marker = mode === "erased" ? "privacy_erased_at" : "privacy_anonymized_at"

  const todo = orders.filter((o) => !o.metadata?.[marker] || o.email || o.customer_id)
  if (todo.length) {
    await orderModule.updateOrders(
      todo.map((o) => ({ id: o.id, email: null, customer_id: null, metadata: { ...(o.metadata ?? {}), [marker]: o.metadata?.[marker] ?? now } }))
    )
  }
  const addresses = orders.flatMap((o) => [o.shipping_address, o.billing_address]).filter(Boolean)
  const addressUpdates = addresses
    .map((a: any) => {
      const postal = mode === "fiscal" ? null : postcodePrefix(a.postal_code, a.country_code)
      const next = { first_name: null, last_name: null, company: null, address_1: null, address_2: null, city: null, phone: null, postal_code: postal, metadata: null }
      const same = Object.entries(next).every(([k, v]) => (a[k] ?? null) === v)
      return same ? null : { id: a.id, ...next }
    })
    .filter(Boolean)
  if (addressUpdates.length) await orderModule.updateOrderAddresses(addressUpdates)
  counts.order = (counts.order ?? 0) + todo.length
  counts.order_address = (counts.order_address ?? 0) + addressUpdates.length

  const changeUpdates: any[] = []
  const actionUpdates: any[] = []
  for (const change of orderChanges) {
    const d = scrubJson(change.details ?? {})
    if (d.changed) changeUpdates.push({ id: change.id, details: d.value })
    for (const action of change.actions ?? []) {
      const ad = scrubJson(action.details ?? {})
      if (ad.changed) actionUpdates.push({ id: action.id, details: ad.value })
    }
  }
  if (changeUpdates.length) await orderModule.updateOrderChanges(changeUpdates)
  if (actionUpdates.length) await orderModule.updateOrderChangeActions(actionUpdates)
  counts.order_change = (counts.order_change ?? 0) + changeUpdates.length + actionUpdates.length

  const sessionUpdates = paymentSessions
    .map((s) => {
      const data = scrubJson(s.data ?? {})
      const context = scrubJson(s.context ?? {})
      return data.changed || context.changed ? { id: s.id, data: data.value, context: context.value } : null
    })
    .filter(Boolean)
  if (sessionUpdates.length) await paymentModule.updatePaymentSessions(sessionUpdates)
  counts.payment_session = (counts.payment_session ?? 0) + sessionUpdates.length
}
