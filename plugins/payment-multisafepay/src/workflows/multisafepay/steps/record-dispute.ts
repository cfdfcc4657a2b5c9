import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { recordChargeback } from "../../../utils/disputes"

/**
 * A chargeback becomes an open dispute (utils/disputes.ts). Idempotent (one dispute per MultiSafepay order),
 * so a retried notification records nothing new; kept when a later step fails, because the chargeback
 * happened whatever the shop does next.
 */
export const recordMultiSafepayDisputeStep = createStep(
  "multisafepay-record-dispute",
  async (input: { session_id: string; order: MspOrder }, { container }) => {
    const dispute = await recordChargeback(container, { sessionId: input.session_id, order: input.order })
    return new StepResponse({ dispute_id: dispute?.id ?? null })
  }
)
