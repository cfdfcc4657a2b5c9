import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { AxiosInstance } from "axios"
import { SeededShop } from "./shop"

/** An admin user made the way the CLI does it; returns a bearer header for /admin routes. */
export async function createAdmin(api: AxiosInstance, container: MedusaContainer, email = "privacy-admin@softshop.test") {
  const password = "Admin-geheim-1"
  const { data: reg } = await api.post("/auth/user/emailpass/register", { email, password })
  const payload = JSON.parse(Buffer.from(reg.token.split(".")[1], "base64url").toString("utf8"))
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: payload.auth_identity_id, userData: { email } } })
  const { data: login } = await api.post("/auth/user/emailpass", { email, password })
  return { authorization: `Bearer ${login.token}` }
}

let n = 0

/** Unique personal data per subject, so a scan can tell one customer's traces from another's. */
export function personaFor(tag: string) {
  const k = `${tag}${++n}${Date.now().toString(36)}`
  return {
    email: `${k}@privacy-test.nl`,
    first_name: `Voornaam${k}`,
    last_name: `Achternaam${k}`,
    phone: `+3161${String(Date.now()).slice(-7)}${n}`,
    street: `Privacystraat${k} 1`,
    postal_code: "3511 AB",
  }
}
export type Persona = ReturnType<typeof personaFor>

/** Registers through the Store API (as a storefront would) and logs in. */
export async function registerPersona(api: AxiosInstance, shop: SeededShop, p: Persona, extra: Record<string, string> = {}) {
  const password = "Geheim-123!"
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: p.email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email: p.email, first_name: p.first_name, last_name: p.last_name, phone: p.phone, ...extra },
    { headers: { ...shop.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email: p.email, password })
  return { password, customer: created.customer, headers: { ...shop.headers, authorization: `Bearer ${login.token}` } }
}

/** A full checkout with the persona's own address; returns the order id. */
export async function placeOrder(api: AxiosInstance, shop: SeededShop, headers: Record<string, string>, p: Persona) {
  const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: p.email }, { headers })
  const cartId = data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, { headers })
  const address = {
    first_name: p.first_name,
    last_name: p.last_name,
    address_1: p.street,
    city: "Utrecht",
    postal_code: p.postal_code,
    country_code: "nl",
    phone: p.phone,
  }
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
  const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
  return done.order.id as string
}

/** Moves the privacy plugin's clock (the only clock its rules read). */
export function setClock(container: MedusaContainer, at: Date | null) {
  const privacy = container.resolve("privacy") as any
  privacy.setClockOffset(at ? at.getTime() - Date.now() : 0)
}

export const monthsFromNow = (m: number) => {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() + m)
  return d
}

/** Tables the registry covers (Medusa's and the privacy module's). */
export const COVERED_TABLES = [
  "customer",
  "customer_address",
  "provider_identity",
  "auth_identity",
  "cart",
  "cart_address",
  "order",
  "order_address",
  "order_change",
  "order_change_action",
  "payment_session",
  "payment",
  "account_holder",
  "notification",
  "privacy_consent_record",
  "privacy_data_subject_request",
  "privacy_legal_hold",
  "privacy_audit_log",
]

/** Counts rows, per covered table, whose JSON text contains any of the needles (case-insensitive). */
export async function scanCoveredTables(container: MedusaContainer, needles: string[]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const hits: Record<string, number> = {}
  for (const table of COVERED_TABLES) {
    const name = table.replace(/"/g, "")
    for (const needle of needles) {
      const { rows } = await knex.raw(`select count(*)::int as n from ?? t where row_to_json(t)::text ilike ?`, [name, `%${needle}%`])
      if (rows[0].n) hits[`${name}:${needle}`] = rows[0].n
    }
  }
  return hits
}
