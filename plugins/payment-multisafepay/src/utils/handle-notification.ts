import { MedusaContainer, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"
import type { MspNotification } from "../providers/multisafepay/core/notifications"
import { toMajor } from "../providers/multisafepay/core/money"
import { handleMultiSafepayNotificationWorkflowId, MultiSafepayNotificationInput } from "../workflows/multisafepay/handle-notification"
import { notificationOrder } from "./notification-order"
import { cacheHeardStore } from "./heard-cache"
import { lockingRepeatGuard } from "./repeat-guard"

/**
 * Acts on one MultiSafepay webhook that the route acknowledged and handed over (`payment.webhook_received`),
 * through the `multisafepay-handle-notification` workflow, in the application container:
 * - the notification is verified again (signature over the raw body; the event may not come from the route)
 *   right away, while its timestamp is fresh;
 * - then, at most `webhookConcurrency` at a time in this process (one while it is acknowledging a burst; see
 *   the provider's `webhookLimiter`), the order is re-fetched by the provider's reader, a paid transition is
 *   claimed once in the whole shop (Medusa's locking module, utils/repeat-guard.ts) and the workflow runs;
 * - when that fails, the claim and the route's "already heard" mark are given back, so a retry is not a "repeat".
 */
export async function handleMultiSafepayNotification(
  container: MedusaContainer,
  provider: MultiSafepayBase,
  providerId: string,
  payload: ProviderWebhookPayload["payload"]
) {
  const heard = cacheHeardStore(container)
  const notice = provider.notifications.verified(payload)
  if (!notice) return undefined
  return provider.webhookLimiter(async () => {
    const guard = lockingRepeatGuard(container)
    let note: MspNotification | undefined
    try {
      note = await provider.notifications.fetch(notice, guard)
      if (!note) return undefined
      const { sessionId, order, state } = note
      const input: MultiSafepayNotificationInput = {
        provider_id: providerId,
        session_id: sessionId,
        order: notificationOrder(order),
        state,
        amount: toMajor(order.amount, order.currency),
        source: "webhook",
      }
      const { result } = await container.resolve(Modules.WORKFLOW_ENGINE).run(handleMultiSafepayNotificationWorkflowId, { input })
      return result
    } catch (e) {
      if (note) await provider.notifications.forget(note, guard)
      await provider.notifications.unhear(notice, heard)
      throw e
    }
  })
}
