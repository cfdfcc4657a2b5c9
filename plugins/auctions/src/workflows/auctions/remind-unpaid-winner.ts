import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reminderMail } from "./mails"
import { claimPaymentReminderStep } from "./steps/claim-payment-reminder"
import { sendAuctionMailsStep } from "./steps/send-auction-mails"

/** Reminds the winner of an unpaid lot once, before the deadline; null when already reminded. */
export const remindUnpaidWinnerWorkflow = createWorkflow("auctions-remind-unpaid-winner", (input: { lot_id: string }) => {
  const lot = claimPaymentReminderStep(input.lot_id)
  when("auctions-reminder-claimed", { lot }, ({ lot }) => !!lot).then(() => {
    sendAuctionMailsStep(transform({ lot }, ({ lot }) => [reminderMail(lot!)]))
  })
  return new WorkflowResponse(lot)
})
