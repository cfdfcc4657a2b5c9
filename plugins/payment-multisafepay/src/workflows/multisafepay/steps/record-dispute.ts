import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { disputeOfChargeback } from "../../../utils/disputes"
import { multisafepayStore } from "../../../utils/late-payments"

/**
 * A chargeback becomes an open dispute (what it names: utils/disputes.ts). Idempotent (one dispute per
 * MultiSafepay order), so a retried notification records nothing new; kept when a later step fails, because the
 * chargeback happened whatever the shop does next.
 */
export const recordMultiSafepayDisputeStep = createStep(
  "multisafepay-record-dispute",
  async (input: { session_id: string; order: MspOrder }, { container }) => {
    const store = multisafepayStore(container)
    const record = store && (await disputeOfChargeback(container, { sessionId: input.session_id, order: input.order }))
    if (!store || !record) return new StepResponse({ dispute_id: null })
    const { dispute, created } = await store.recordDispute(record)
    if (created)
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`MultiSafepay: chargeback on order ${record.order_id ?? "(none)"} recorded as dispute ${dispute.id}`)
    return new StepResponse({ dispute_id: dispute.id as string | null })
  }
)
