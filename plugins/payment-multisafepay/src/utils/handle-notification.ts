import { MedusaContainer, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"
import { toMajor } from "../providers/multisafepay/core/money"
import { CHARGEBACK_STATUSES } from "../providers/multisafepay/core/status"
import { recordChargeback } from "./disputes"
import { closeCanceledSession, screenPaidPayment } from "./late-payments"
import { storeFetchedStatus } from "./payment-status"
import { lockingRepeatGuard } from "./repeat-guard"

/**
 * Acts on one MultiSafepay webhook, in the application container:
 * - paid (captured/authorized): one copy per transition in the whole shop (Medusa's locking module, see
 *   utils/repeat-guard.ts), screened for late payments, then — at most `webhookConcurrency` at a
 *   time in this process — run through Medusa's payment workflow (authorize, capture, complete the cart),
 *   exactly as Medusa's own webhook subscriber would;
 * - chargeback: recorded as an open dispute (a legal hold on the customer's erasure, see utils/disputes.ts);
 * - cancelled/expired: the session is closed, so a payment that still arrives later is recognised as late;
 * - anything else (pending, declined, forged, repeats): nothing.
 */
export async function handleMultiSafepayNotification(container: MedusaContainer, provider: MultiSafepayBase, payload: ProviderWebhookPayload["payload"]) {
  const guard = lockingRepeatGuard(container)
  const note = await provider.notifications.read(payload, guard)
  if (!note) return
  const { sessionId, order, state } = note
  if (CHARGEBACK_STATUSES.has(String(order.status))) {
    // The money went back through the card scheme: an open dispute, never a payment to act on; the
    // order's payment shows the chargeback at once (admin widget), as after "Sync status".
    await recordChargeback(container, { sessionId, order })
    await storeFetchedStatus(container, provider, { sessionId, order })
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
    await provider.notifications.forget(note, guard)
    throw e
  }
}
