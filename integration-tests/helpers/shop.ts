import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AxiosInstance } from "axios"
import { seedDemoShop } from "../../src/scripts/seed"

export type SeededShop = {
  publishableKey: string
  regionId: string
  salesChannelId: string
  variantId: string
  headers: { "x-publishable-api-key": string }
}

/** Runs the real demo seed against the test database and returns what tests need. */
export async function seedShop(container: MedusaContainer): Promise<SeededShop> {
  const shop = await seedDemoShop(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: "SV-27QHD" },
  })
  return {
    publishableKey: shop.publishable_key,
    regionId: shop.region_id,
    salesChannelId: shop.sales_channel_id,
    variantId: data[0].id,
    headers: { "x-publishable-api-key": shop.publishable_key },
  }
}

let counter = 0

/** Registers a customer through the Store API, as a storefront would; returns a bearer header. */
export async function registerCustomer(api: AxiosInstance, shop: SeededShop, overrides: Record<string, string> = {}) {
  const email = overrides.email ?? `klant${++counter}-${Date.now()}@example.nl`
  const password = "Geheim-123!"
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: overrides.first_name ?? "Jan", last_name: overrides.last_name ?? "Jansen" },
    { headers: { ...shop.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    email,
    password,
    customer: created.customer,
    headers: { ...shop.headers, authorization: `Bearer ${login.token}` },
  }
}

/** A cart with one item, an address and a shipping method: ready for payment. */
export async function prepareCart(api: AxiosInstance, shop: SeededShop, headers: Record<string, string>, email?: string) {
  const { data } = await api.post("/store/carts", { region_id: shop.regionId, email }, { headers })
  const cartId = data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, { headers })
  await api.post(
    `/store/carts/${cartId}`,
    {
      email: email ?? data.cart.email ?? "gast@example.nl",
      shipping_address: {
        first_name: "Jan",
        last_name: "Jansen",
        address_1: "Kerkstraat 12",
        city: "Utrecht",
        postal_code: "3511 AB",
        country_code: "nl",
        phone: "+31612345678",
      },
    },
    { headers }
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
  return cartId as string
}

/** Creates the payment collection and a session with the given provider. */
export async function startPayment(api: AxiosInstance, headers: Record<string, string>, cartId: string, providerId = "pp_system_default") {
  const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  return api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    { headers, validateStatus: () => true }
  )
}

export async function notificationsOf(container: MedusaContainer, template: string) {
  return container.resolve(Modules.NOTIFICATION).listNotifications({ template }, { order: { created_at: "ASC" } })
}

/** Bearer headers of the seeded admin (run seedShop first). */
export async function adminHeaders(api: AxiosInstance) {
  const { data } = await api.post("/auth/user/emailpass", {
    email: process.env.ADMIN_EMAIL ?? "admin@softshop.test",
    password: process.env.ADMIN_PASSWORD ?? "softshop-admin",
  })
  return { authorization: `Bearer ${data.token}` }
}
