import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Claims a lot's payment reminder once (null when already claimed); compensation releases the claim. */
export const claimPaymentReminderStep = createStep(
  "auctions-claim-payment-reminder",
  async (lotId: string, { container }) => {
    const lot = await auctionOf(container).claimReminder(lotId)
    if (!lot) return new StepResponse(null)
    return new StepResponse(lot, { lot_id: lot.id, claimed_at: lot.payment_reminded_at! })
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).releaseReminder(undo.lot_id, undo.claimed_at)
  }
)
