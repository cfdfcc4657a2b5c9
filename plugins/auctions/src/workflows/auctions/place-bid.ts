import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { PlaceBidInput } from "../../modules/auction/service"
import { placeBidStep } from "./steps/place-bid"
import { publishLotUpdateStep } from "./steps/publish-lot-update"

/**
 * Places one bid: the locked domain method records it (a rejected bid too, which
 * the caller turns into a 4xx); an accepted one is announced (event, live
 * update). The leader it displaced is stored on the bid and mailed by the
 * `auction.bid.placed` subscriber (notify-outbid workflow), off the request.
 */
export const placeBidWorkflow = createWorkflow("auctions-place-bid", (input: PlaceBidInput) => {
  const result = placeBidStep(input)
  when("auctions-bid-accepted", { result }, ({ result }) => !result.rejection).then(() => {
    emitEventStep({
      eventName: AuctionEvents.BID_PLACED,
      data: transform({ result }, ({ result }) => ({ id: result.bid.id })),
    })
    publishLotUpdateStep(transform({ result }, ({ result }) => (result.bid.kind === "bid" ? { type: "bid" as const, lot: result.lot, bid: result.bid } : null)))
  })
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      bid: result.bid,
      lot: result.lot,
      rejection: result.rejection,
      previous_leader_id: result.previous_leader_id,
      lock_held_ms: result.lock_held_ms,
    }))
  )
})
