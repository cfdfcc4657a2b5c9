import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { minimumNextBidOfLot } from "../../modules/auction/transitions"
import { outbidMail } from "./mails"
import { claimOutbidNoticeStep } from "./steps/claim-outbid-notice"
import { sendAuctionMailsStep } from "./steps/send-auction-mails"

/**
 * Tells the leader a bid displaced that they were outbid, once per bid (the
 * claim on the bid row; the mail's idempotency key names the bid too). Run by
 * the `auction.bid.placed` subscriber, off the bid request. Nobody is mailed
 * when the displaced leader leads again by the time it runs.
 */
export const notifyOutbidWorkflow = createWorkflow("auctions-notify-outbid", (input: { bid_id: string }) => {
  const claimed = claimOutbidNoticeStep(input.bid_id)
  const mails = transform({ claimed }, ({ claimed }) => {
    if (!claimed) return []
    const { bid, lot } = claimed
    if (!bid.displaced_customer_id || lot.leader_customer_id === bid.displaced_customer_id) return []
    return [outbidMail(lot, bid.displaced_customer_id, bid.sequence, minimumNextBidOfLot(lot))]
  })
  when("auctions-outbid-to-mail", { mails }, ({ mails }) => mails.length > 0).then(() => {
    sendAuctionMailsStep(mails)
  })
  return new WorkflowResponse(transform({ mails }, ({ mails }) => ({ mailed: mails.length })))
})
