import { MedusaContainer, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import type { MultiSafepayBase } from "../core/multisafepay-base"
import { toMajor } from "../core/money"
import { CHARGEBACK_STATUSES } from "../core/status"
import { recordChargeback } from "./disputes"
import { closeCanceledSession, screenPaidPayment } from "./late-payments"

/**
 * Acts on one MultiSafepay webhook, in the application container:
 * - paid (captured/authorized): screened for late payments, then — at most `webhookConcurrency` at a
 *   time in this process — run through Medusa's payment workflow (authorize, capture, complete the cart),
 *   exactly as Medusa's own webhook subscriber would;
 * - chargeback: recorded as an open dispute (a legal hold on the customer's erasure, see utils/disputes.ts);
 * - cancelled/expired: the session is closed, so a payment that still arrives later is recognised as late;
 * - anything else (pending, declined, forged, repeats): nothing.
 */
export async function handleMultiSafepayNotification(container: MedusaContainer, provider: MultiSafepayBase, payload: ProviderWebhookPayload["payload"]) {
  const note = await provider.notifications.read(payload)
  if (!note) return
  const { sessionId, order, state } = note
  if (CHARGEBACK_STATUSES.has(String(order.status))) {
    // The money went back through the card scheme: an open dispute, never a payment to act on.
    await recordChargeback(container, { sessionId, order })
    return
  }
  if (state === "canceled") {
    await closeCanceledSession(container, { sessionId, order, apply: (stored) => provider.applyOrder(stored, order).data })
    return
  }
  if (state !== "captured" && state !== "authorized") return
  try {
    await provider.webhookLimiter(async () => {
      if (!(await screenPaidPayment(container, { sessionId, order, state })).proceed) return
      await container.resolve(Modules.WORKFLOW_ENGINE).run(processPaymentWorkflowId, {
        input: { action: provider.webhookAction(state), data: { session_id: sessionId, amount: toMajor(order.amount, order.currency) } },
      })
    })
  } catch (e) {
    // A failed run must not make the next copy of this notification (MultiSafepay retries) a "repeat".
    provider.notifications.forget(note)
    throw e
  }
}
