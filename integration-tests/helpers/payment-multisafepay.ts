import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AxiosInstance } from "axios"
import { FakeMultiSafepay, startFakeMultiSafepay } from "../fakes/multisafepay/server"
import { prepareCart, SeededShop } from "./shop"

export const MSP_PROVIDER_ID = "pp_multisafepay_multisafepay"
export const MSP_WEBHOOK_PATH = "/hooks/payment/multisafepay_multisafepay"
export const MSP_API_KEY = "msp-test-key-0123456789abcdefghijklmnop"

/**
 * Starts the fake before the shop boots and points medusa-config.ts at it (MULTISAFEPAY_* env);
 * webhooks are processed after 1 ms instead of Medusa's default 5 s.
 */
export async function bootFakeMultiSafepay(extraEnv: Record<string, string> = {}) {
  const fake = await startFakeMultiSafepay({ apiKey: MSP_API_KEY, retryDelayMs: 100 })
  process.env.MULTISAFEPAY_API_KEY = MSP_API_KEY
  process.env.MULTISAFEPAY_API_URL = fake.apiUrl
  process.env.MULTISAFEPAY_ENVIRONMENT = "test"
  process.env.PAYMENT_WEBHOOK_DELAY_MS = "1"
  Object.assign(process.env, extraEnv)
  return fake
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, stepMs = 150): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, stepMs))
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Resolves once the shop has acted on every MultiSafepay notification it was sent: no delivery of the fake in
 * flight and the provider's webhook limiter empty (no notification being handled or waiting), seen on three polls
 * 100 ms apart (longer than the webhook event's 1 ms delay and the fake's retry delay). What a "nothing happened"
 * check waits for, instead of a fixed sleep that is too long on an idle machine and may be too short on a busy one.
 */
export async function webhooksSettled(container: MedusaContainer, fake: FakeMultiSafepay, timeoutMs = 15_000) {
  // The built plugin, as the running shop loaded it; its provider is the payment module's own instance.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const provider = require("@softshop/medusa-payment-multisafepay/workflows").resolveMultiSafepayProvider(container)
  let quiet = 0
  await waitFor(
    async () => {
      const { active, waiting } = provider.webhookLimiter.stats()
      const inFlight = fake.state.deliveries.some((d: { status: number }) => d.status === 0)
      quiet = active || waiting || inFlight ? 0 : quiet + 1
      return quiet >= 3
    },
    timeoutMs,
    100
  )
}

/** Cart → payment collection → MultiSafepay session, as a storefront does it. */
export async function startMultiSafepayCheckout(api: AxiosInstance, shop: SeededShop, headers: Record<string, string>, data: Record<string, unknown> = {}) {
  const cartId = await prepareCart(api, shop, headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  const res = await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: MSP_PROVIDER_ID, data },
    { headers, validateStatus: () => true }
  )
  if (res.status !== 200) throw new Error(`payment session: ${res.status} ${JSON.stringify(res.data)}`)
  const session = res.data.payment_collection.payment_sessions[0]
  return {
    cartId,
    collectionId: pc.payment_collection.id as string,
    session,
    orderId: session.data.order_id as string,
    paymentUrl: session.data.payment_url as string,
  }
}

/** The order placed from a cart, with its payment state. */
export async function orderOfCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = (data[0] as any)?.order_id
  if (!orderId) return undefined
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.payments.id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  return orders[0] as any
}

export async function ordersOfCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.length
}

/** Pays on the fake's hosted page like a person: GET the page, submit the form with a button. */
export async function payOnHostedPage(paymentUrl: string, outcome: string, fields: Record<string, string> = {}) {
  const page = await fetch(paymentUrl)
  const html = await page.text()
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1]
  if (!action) throw new Error("no payment form on the hosted page")
  const res = await fetch(new URL(action, paymentUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ outcome, ...fields }).toString(),
    redirect: "manual",
  })
  return { status: res.status, location: res.headers.get("location"), html }
}

export { adminHeaders } from "./shop"

export type { FakeMultiSafepay }
