import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PrivacySubject } from "../../types/privacy-contract"
import { sql } from "./sql"

const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]

export const ADDRESS_FIELDS = ["id", "first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

/** Every row of Medusa's own modules that holds the subject's personal data, read for the export (erasure reaches the same records, erase.ts). */
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
  const customerFilter = or([
    ["id", seedIds],
    ["email", seedEmails],
  ])
  const customers = customerFilter.length
    ? await customerModule.listCustomers({ $or: customerFilter } as any, {
        select: ["id", "email", "first_name", "last_name", "phone", "company_name", "has_account", "created_at", "deleted_at", "metadata"],
        // Soft-deleted records still hold personal data: exported, and erased (erase.ts), like live ones.
        withDeleted: true,
      })
    : []
  const customerIds = uniq([...seedIds, ...customers.map((c) => c.id)])
  // A subject named by id alone (retention of one customer record) must not reach, through a shared
  // e-mail, another live customer record (e.g. an account next to an old guest record).
  const derived = uniq(customers.map((c) => c.email?.toLowerCase())).filter((e) => !seedEmails.includes(e))
  const shared = derived.length ? await customerModule.listCustomers({ email: derived, id: { $nin: customerIds } } as any, { select: ["email"] }) : []
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
    ? await authModule.listAuthIdentities(
        { id: uniq(providerIdentities.map((p) => p.auth_identity_id)) },
        {
          select: ["id", "app_metadata", "created_at"],
        }
      )
    : []

  const cartFilter = or([
    ["customer_id", customerIds],
    ["email", emails],
  ])
  const carts = cartFilter.length
    ? await cartModule.listCarts({ $or: cartFilter } as any, {
        select: ["id", "email", "customer_id", "currency_code", "created_at", "completed_at", "metadata"],
        relations: ["shipping_address", "billing_address"],
      })
    : []

  const orderFilter = or([
    ["customer_id", customerIds],
    ["email", emails],
  ])
  const orders = orderFilter.length
    ? await orderModule.listOrders({ $or: orderFilter } as any, {
        select: ["id", "display_id", "email", "customer_id", "currency_code", "created_at", "metadata"],
        relations: ["shipping_address", "billing_address"],
      })
    : []
  const orderIds = orders.map((o) => o.id)
  const orderChanges = orderIds.length
    ? await orderModule.listOrderChanges(
        { order_id: orderIds },
        { select: ["id", "order_id", "change_type", "metadata", "created_at"], relations: ["actions"] }
      )
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
    ? await paymentModule.listPaymentSessions(
        { payment_collection_id: uniq(collectionIds) },
        {
          select: ["id", "payment_collection_id", "provider_id", "data", "context", "created_at"],
        }
      )
    : []

  const payments = collectionIds.length
    ? await paymentModule.listPayments({ payment_collection_id: uniq(collectionIds) } as any, {
        select: ["id", "payment_collection_id", "provider_id", "amount", "currency_code", "data", "created_at"],
      })
    : []
  const accountHolders = customerIds.length
    ? (
        await sql(
          container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
          `select h.id, h.provider_id, h.email, h.data, h.created_at from account_holder h
           join customer_account_holder l on l.account_holder_id = h.id and l.deleted_at is null
           where l.customer_id = any(?)`,
          [customerIds]
        )
      ).rows
    : []

  const notificationFilter = or([
    ["to", emails],
    ["receiver_id", customerIds],
  ])
  const notifications = notificationFilter.length
    ? await notificationModule.listNotifications({ $or: notificationFilter } as any, {
        select: ["id", "to", "channel", "template", "data", "receiver_id", "created_at"],
      })
    : []

  return {
    customers,
    addresses,
    providerIdentities,
    authIdentities,
    carts,
    orders,
    orderChanges,
    paymentSessions,
    payments,
    accountHolders,
    notifications,
    customerIds,
  }
}
