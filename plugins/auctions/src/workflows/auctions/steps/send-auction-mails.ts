import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AuctionMail, mailCustomer } from "../../../utils/mail"

export type { AuctionMail }

/**
 * Mails customers through the notification module. Mails cannot be unsent, so
 * this step comes last in every workflow; the idempotency key names the
 * business fact, so a rerun never mails twice.
 */
export const sendAuctionMailsStep = createStep("auctions-send-auction-mails", async (mails: AuctionMail[], { container }) => {
  for (const m of mails) await mailCustomer(container, m)
  return new StepResponse(undefined)
})
