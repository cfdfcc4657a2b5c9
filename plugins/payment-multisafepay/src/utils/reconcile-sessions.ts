import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { MultiSafepaySessionData } from "../providers/multisafepay/core/types"
import { handleMultiSafepayNotificationWorkflow } from "../workflows/multisafepay/handle-notification"
import { notificationOrder } from "./notification-order"
import { multisafepayProviderIds, resolveMultiSafepayProvider } from "./provider"

export type ReconcileResult = { checked: number; completed: number; closed: number; flagged: number; failed: number }

/**
 * Re-fetches MultiSafepay sessions still pending past `olderThanSeconds` and applies the true status
 * through the workflow a webhook uses (`multisafepay-handle-notification`), so a lost notification never
 * leaves a paid order pending. Not itself a workflow: a loop of independent ones, one per session, so one
 * failure does not undo the others. Bounded batches; safe to kill and rerun (every step is idempotent).
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
      const { state, order } = await provider.sync(data)
      const { result: handled } = await handleMultiSafepayNotificationWorkflow(container).run({
        input: {
          provider_id: providerId,
          session_id: session.id,
          order: notificationOrder(order),
          state,
          amount: MathBN.convert(session.amount).toNumber(),
          source: "reconciliation",
        },
      })
      if (handled.flagged) result.flagged++
      if (handled.processed) result.completed++
      if (handled.closed) result.closed++
    } catch (e) {
      result.failed++
      logger.warn(`MultiSafepay reconciliation of session ${session.id} failed: ${(e as Error).message}`)
    }
  }
}
