import { MedusaContainer, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"
import { toMajor } from "../providers/multisafepay/core/money"
import { CHARGEBACK_STATUSES } from "../providers/multisafepay/core/status"
import { handleMultiSafepayNotificationWorkflowId, MultiSafepayNotificationInput } from "../workflows/multisafepay/handle-notification"
import { notificationOrder } from "./notification-order"
import { lockingRepeatGuard } from "./repeat-guard"

/**
 * Reads one MultiSafepay webhook and hands what it reports to the `multisafepay-handle-notification` workflow,
 * in the application container:
 * - the notification is verified (signature over the raw body) and the order re-fetched by the provider's
 *   reader; a paid transition is claimed once in the whole shop (Medusa's locking module, utils/repeat-guard.ts);
 * - paid ones run at most `webhookConcurrency` at a time in this process (Medusa's cart completion is heavy);
 * - when the workflow fails, the claim is given back, so MultiSafepay's retry of it is not a "repeat".
 */
export async function handleMultiSafepayNotification(
  container: MedusaContainer,
  provider: MultiSafepayBase,
  providerId: string,
  payload: ProviderWebhookPayload["payload"]
) {
  const guard = lockingRepeatGuard(container)
  const note = await provider.notifications.read(payload, guard)
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
  const run = async () => {
    const { result } = await container.resolve(Modules.WORKFLOW_ENGINE).run(handleMultiSafepayNotificationWorkflowId, { input })
    return result
  }
  const paid = (state === "captured" || state === "authorized") && !CHARGEBACK_STATUSES.has(String(order.status))
  try {
    return await (paid ? provider.webhookLimiter(run) : run())
  } catch (e) {
    await provider.notifications.forget(note, guard)
    throw e
  }
}
