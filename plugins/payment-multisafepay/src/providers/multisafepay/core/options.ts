import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const urlChars = /^[A-Za-z0-9\-_.:/?=&%]+$/

export const MultiSafepayOptionsSchema = z
  .object({
    /** Website API key from the MultiSafepay dashboard (also the webhook HMAC key). Required. */
    apiKey: z.string().trim().min(1, "apiKey is required"),
    /** `test` (testapi.multisafepay.com) or `live` (api.multisafepay.com). Default `test`. */
    environment: z.enum(["test", "live"]).default("test"),
    /** Overrides the base URL, e.g. the fake for tests. Default: the environment's URL. */
    apiBaseUrl: z.string().url().optional(),
    /** Storefront page the payer returns to after paying (MultiSafepay appends `transactionid`). */
    redirectUrl: z.string().url().regex(urlChars, "redirectUrl contains characters MultiSafepay does not accept").optional(),
    /** Storefront page for cancelled or failed payments. */
    cancelUrl: z.string().url().regex(urlChars, "cancelUrl contains characters MultiSafepay does not accept").optional(),
    /** Public URL of `/hooks/payment/<provider id>`; at most 150 characters. */
    notificationUrl: z.string().url().max(150).optional(),
    /** Gateway ids a storefront may choose (e.g. `["IDEAL","VISA"]`). Default: every gateway. */
    gateways: z.array(z.string().regex(/^[A-Z0-9_]+$/)).optional(),
    /** Authorize only; capture later (cards: POST /capture). Default false. */
    manualCapture: z.boolean().default(false),
    /** Lifetime of the payment page in seconds. Default 3600. */
    secondsActive: z.number().int().min(60).max(31_536_000).default(3600),
    /** Default payer locale (`nl_NL`). */
    locale: z
      .string()
      .regex(/^[a-z]{2}_[A-Z]{2}$/)
      .default("nl_NL"),
    /** Seconds a webhook signature stays valid. Default 600 (MultiSafepay SDK default). */
    webhookToleranceSeconds: z.number().int().min(1).default(600),
    /**
     * Seconds during which a repeat of an already-acted-on status (same order, status and financial status)
     * is dropped in this process instead of running Medusa's payment workflow again. 0 disables. Default 30.
     */
    webhookDedupeSeconds: z.number().int().min(0).default(30),
    /**
     * Paid notifications one process runs through Medusa's payment workflow (cart completion, capture) at
     * once; the others wait in arrival order. Bounds memory and database load when MultiSafepay delivers a
     * burst (its retries after an outage, a sale). Default 4.
     */
    webhookConcurrency: z.number().int().min(1).max(100).default(4),
    /** The reconciliation job re-fetches sessions still pending after this many seconds. Default 900. */
    reconcileAfterSeconds: z.number().int().min(0).default(900),
    /**
     * The order description MultiSafepay shows the payer and the merchant (payment page, Control, bank statement
     * where the method passes it on); `{order_id}` is replaced by the MultiSafepay order id. Default `Order {order_id}`.
     */
    orderDescription: z.string().trim().min(1).max(200).default("Order {order_id}"),
    /** Your partner name in MultiSafepay's `plugin.partner` field, when you have one. Default: none. */
    partner: z.string().trim().min(1).max(100).optional(),
    /** Request timeout in milliseconds. Default 15000. */
    timeoutMs: z.number().int().min(100).default(15_000),
  })
  .strict()

export type MultiSafepayOptions = z.input<typeof MultiSafepayOptionsSchema>
export type ResolvedMultiSafepayOptions = z.output<typeof MultiSafepayOptionsSchema>

export const API_URLS = {
  test: "https://testapi.multisafepay.com/v1/json",
  live: "https://api.multisafepay.com/v1/json",
}

/** MultiSafepay Control (the merchant dashboard) of each environment. */
export const CONTROL_URLS = {
  test: "https://testmerchant.multisafepay.com",
  live: "https://merchant.multisafepay.com",
} as const

/** Parses the options, failing with a message that names the option. */
export function parseOptions(options: unknown): ResolvedMultiSafepayOptions {
  const r = MultiSafepayOptionsSchema.safeParse(options ?? {})
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `MultiSafepay provider options are invalid: ${msg}`)
  }
  return r.data
}
