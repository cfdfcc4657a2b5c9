import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { handleMultiSafepayNotification } from "../utils/handle-notification"
import { resolveMultiSafepayProvider } from "../utils/provider"

// With the plugin installed (its module is in the shop's configuration) this subscriber, not Medusa's generic
// payment webhook handler, acts on MultiSafepay notifications: the provider's getWebhookActionAndData answers
// "not supported" to Medusa's.

type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] }

/**
 * MultiSafepay notifications posted to /hooks/payment/multisafepay_<id> (see utils/handle-notification.ts). The
 * provider is the payment module's own instance for that id (`pp_multisafepay_<id>`), in every process from boot.
 */
export default async function multisafepayWebhook({ event, container }: SubscriberArgs<WebhookEvent>) {
  if (!event.data?.provider?.startsWith("multisafepay_")) return
  const provider = resolveMultiSafepayProvider(container, `pp_${event.data.provider}`)
  if (!provider) {
    // A notification for a provider id this shop does not configure (e.g. renamed): say so, never drop it silently.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`MultiSafepay webhook for unknown provider pp_${event.data.provider} ignored`)
    return
  }
  const payload = event.data.payload
  // Through the Redis event bus the raw body arrives as a serialised Buffer.
  const raw = payload?.rawData as unknown as { type?: string; data?: number[] } | undefined
  if (raw?.type === "Buffer" && Array.isArray(raw.data)) payload.rawData = Buffer.from(raw.data)
  await handleMultiSafepayNotification(container, provider, `pp_${event.data.provider}`, payload)
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "multisafepay-webhook-handler" },
}
