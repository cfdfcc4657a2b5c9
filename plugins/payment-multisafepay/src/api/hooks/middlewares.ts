import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cacheHeardStore } from "../../utils/heard-cache"
import { resolveMultiSafepayProvider } from "../../utils/provider"

/**
 * In front of Medusa's webhook route (`POST /hooks/payment/multisafepay_<id>`), which emits
 * `payment.webhook_received` (the hand-over: durable with the Redis event bus) and answers "OK". Before that,
 * only what the acknowledgement needs, without network or database:
 * - the `Auth` signature over the raw body (401 naming the reason: MultiSafepay's copies are always signed),
 *   the body parsed and naming an order (400);
 * - `pretransaction` noise and copies of a notification already handed over within `webhookDedupeSeconds`
 *   (in this process, then Medusa's cache module for the other servers) are answered "OK" and dropped here,
 *   so a burst of MultiSafepay's retries does not become a burst of events.
 * Everything else — re-fetching the order, the shop-wide claim, Medusa's payment workflow — happens behind the
 * answer, in the plugin's subscriber (subscribers/multisafepay-webhook.ts) at bounded concurrency.
 */
export async function screenMultiSafepayWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params?.provider
  if (typeof id !== "string" || !id.startsWith("multisafepay_")) return next()
  // An id this shop does not configure goes on to Medusa's route; the subscriber logs it.
  const provider = resolveMultiSafepayProvider(req.scope, `pp_${id}`)
  if (!provider) return next()
  provider.webhookTraffic.note()
  const screened = provider.notifications.screen({ rawData: req.rawBody, headers: req.headers })
  if (screened.verdict === "rejected") {
    const type = screened.status === 401 ? MedusaError.Types.UNAUTHORIZED : MedusaError.Types.INVALID_DATA
    throw new MedusaError(type, `MultiSafepay webhook rejected: ${screened.reason}`)
  }
  if (screened.verdict === "ignored" || !(await provider.notifications.admit(screened.orderId, screened.transition, cacheHeardStore(req.scope)))) {
    res.status(200).send("OK")
    return
  }
  next()
}

export const hooksMultiSafepayMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/hooks/payment/:provider", middlewares: [screenMultiSafepayWebhook] },
]
