import { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AuctionEvents } from "../../events"
import { auctionOf } from "../../modules/auction/resolve"
import { PlaceBidInput, PlaceBidResult } from "../../modules/auction/service"
import { publishLotUpdate } from "../../utils/live-update"
import { placeBidCompensate, placeBidInvoke } from "./steps/place-bid"

/**
 * What `POST /store/auctions/:id/bids` runs: the steps of `placeBidWorkflow` (./place-bid.ts) run in order without
 * the workflow engine's bookkeeping, which cost a bid more than its transaction (issue 17's measured choice:
 * plugins/auctions/README.md, "Benchmark"). The same step bodies: `placeBidInvoke` (the locked domain method, one
 * transaction), then the `auction.bid.placed` event, then the live (SSE) update. The outbid mail and every other
 * side effect run from the event's subscriber.
 *
 * Same outcome as the workflow: an accepted bid (or maximum raise) is announced once; when the event cannot be
 * emitted the step's own compensation (`placeBidCompensate`) takes the bid back — only while the lot is still as
 * this bid left it — and the error is raised. The SSE fan-out runs after the answer, off the request and the
 * transaction; a stream only ever shows committed state.
 */
export async function placeBidDirect(container: MedusaContainer, input: PlaceBidInput): Promise<PlaceBidResult> {
  const { result, undo } = await placeBidInvoke(container, input)
  if (result.rejection) return result
  try {
    await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name: AuctionEvents.BID_PLACED, data: { id: result.bid.id } })
  } catch (e) {
    await placeBidCompensate(container, undo)
    throw e
  }
  if (result.bid.kind === "bid") {
    const update = { type: "bid" as const, lot: result.lot, bid: result.bid }
    const auction = auctionOf(container)
    setImmediate(() =>
      publishLotUpdate(auction, update).catch((e) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`auctions: live update of lot ${result.lot.id} not published (${(e as Error).name})`)
      )
    )
  }
  return result
}
