import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AuctionTemplate, mailCustomer } from "../../../utils/mail"

export type AuctionMail = { customer_id: string; template: AuctionTemplate; key: string; data: Record<string, unknown> }

/**
 * Mails customers through the notification module. Mails cannot be unsent, so
 * this step comes last in every workflow; the idempotency key names the
 * business fact, so a rerun never mails twice.
 */
export const sendAuctionMailsStep = createStep(
  "auctions-send-auction-mails-step",
  async (mails: AuctionMail[], { container }) => {
    for (const m of mails) await mailCustomer(container, m.customer_id, m.template, m.key, m.data)
    return new StepResponse(undefined)
  }
)
