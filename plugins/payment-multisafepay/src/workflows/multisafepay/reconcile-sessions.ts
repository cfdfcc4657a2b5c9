import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MultiSafepaySessionData } from "../../providers/multisafepay/core/types"
import { screenPaidPayment } from "../../utils/late-payments"
import { multisafepayProviderIds, resolveMultiSafepayProvider } from "../../utils/provider"

export type ReconcileResult = { checked: number; completed: number; closed: number; flagged: number; failed: number }

/**
 * Re-fetches MultiSafepay sessions still pending past `olderThanSeconds` and applies the true status
 * through the same workflow a webhook uses, so a lost notification never leaves a paid order pending.
 * Bounded batches; safe to kill and rerun (every step is idempotent).
 */
export async function reconcileMultiSafepaySessions(
  container: MedusaContainer,
  { olderThanSeconds, limit = 50 }: { olderThanSeconds?: number; limit?: number } = {}
): Promise<ReconcileResult> {
  const result: ReconcileResult = { checked: 0, completed: 0, closed: 0, flagged: 0, failed: 0 }
  for (const providerId of multisafepayProviderIds(container)) {
    await reconcileProviderSessions(container, providerId, { olderThanSeconds, limit }, result)
  }
  return result
}

async function reconcileProviderSessions(
  container: MedusaContainer,
  providerId: string,
  { olderThanSeconds, limit }: { olderThanSeconds?: number; limit: number },
  result: ReconcileResult
) {
  const provider = resolveMultiSafepayProvider(container, providerId)!
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payment = container.resolve(Modules.PAYMENT)
  const age = olderThanSeconds ?? provider.options.reconcileAfterSeconds
  const before = new Date(provider.clock.now().getTime() - age * 1000)
  const sessions = await payment.listPaymentSessions({ provider_id: providerId, status: PaymentSessionStatus.PENDING, created_at: { $lte: before } } as any, {
    take: limit,
    order: { created_at: "ASC" },
  })
  for (const session of sessions) {
    result.checked++
    const data = session.data as unknown as MultiSafepaySessionData
    if (!data?.order_id) continue
    try {
      const { state, data: fresh, order } = await provider.sync(data)
      if (state === "captured" || state === "authorized") {
        // The same screen as a webhook: a payment after the cart/order was cancelled is flagged, not processed.
        const screened = await screenPaidPayment(container, { sessionId: session.id, order, state })
        if (screened.flagged) result.flagged++
        if (!screened.proceed) continue
        await processPaymentWorkflow(container).run({
          input: {
            action: state === "captured" ? PaymentActions.SUCCESSFUL : PaymentActions.AUTHORIZED,
            data: { session_id: session.id, amount: session.amount as any },
          },
        })
        result.completed++
      } else if (state === "canceled" || state === "error") {
        await payment.updatePaymentSession({
          id: session.id,
          amount: session.amount,
          currency_code: session.currency_code,
          data: fresh as Record<string, unknown>,
          status: state === "canceled" ? PaymentSessionStatus.CANCELED : PaymentSessionStatus.ERROR,
        })
        result.closed++
      }
    } catch (e) {
      result.failed++
      logger.warn(`MultiSafepay reconciliation of session ${session.id} failed: ${(e as Error).message}`)
    }
  }
}
