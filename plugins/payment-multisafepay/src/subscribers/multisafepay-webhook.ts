import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProviderWebhookPayload } from "@medusajs/framework/types"
import { PaymentWebhookEvents } from "@medusajs/framework/utils"
import { getMultiSafepayProvider, markWebhookHandlerInstalled } from "../core/registry"
import { handleMultiSafepayNotification } from "../utils/handle-notification"

// Loaded by Medusa in every process that runs subscribers: from now on this subscriber, not Medusa's
// generic payment webhook handler, acts on MultiSafepay notifications (see the provider's getWebhookActionAndData).
markWebhookHandlerInstalled()

type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] }

/** MultiSafepay notifications posted to /hooks/payment/multisafepay_<id> (see utils/handle-notification.ts). */
export default async function multisafepayWebhook({ event, container }: SubscriberArgs<WebhookEvent>) {
  if (!event.data?.provider?.startsWith("multisafepay_")) return
  const provider = getMultiSafepayProvider()
  if (!provider) return
  const payload = event.data.payload
  // Through the Redis event bus the raw body arrives as a serialised Buffer.
  const raw = payload?.rawData as unknown as { type?: string; data?: number[] } | undefined
  if (raw?.type === "Buffer" && Array.isArray(raw.data)) payload.rawData = Buffer.from(raw.data)
  await handleMultiSafepayNotification(container, provider, payload)
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "multisafepay-webhook-handler" },
}
