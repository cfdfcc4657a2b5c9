import { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AuctionEvents } from "../events"
import { auctionOf } from "../modules/auction/resolve"
import { PlaceBidInput, PlaceBidResult } from "../modules/auction/service"
import { publishLotUpdate } from "./live-update"

/**
 * What `POST /store/auctions/:id/bids` runs: the locked domain method (one transaction), then the
 * `auction.bid.placed` event, then the live (SSE) update — the steps of `placeBidWorkflow` without the workflow
 * engine's bookkeeping, which cost a bid more than its transaction (measured: plugins/auctions/README.md,
 * "Benchmark"). The outbid mail and every other side effect run from the event's subscriber.
 *
 * Same outcome as the workflow: an accepted bid (or maximum raise) is announced once; when the event cannot be
 * emitted the bid is taken back exactly as the workflow's compensation does (only while the lot is still as this
 * bid left it) and the error is raised. The SSE fan-out runs after the answer, off the request and the
 * transaction; a stream only ever shows committed state.
 */
export async function placeBidNow(container: MedusaContainer, input: PlaceBidInput): Promise<PlaceBidResult> {
  const auction = auctionOf(container)
  const result = await auction.placeBid(input)
  if (result.rejection) return result
  try {
    await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name: AuctionEvents.BID_PLACED, data: { id: result.bid.id } })
  } catch (e) {
    await auction.restoreLot(result.before, { updated_at: result.lot.updated_at, sequence: result.lot.sequence }, { deleteBidId: result.bid.id })
    throw e
  }
  if (result.bid.kind === "bid") {
    const update = { type: "bid" as const, lot: result.lot, bid: result.bid }
    setImmediate(() =>
      publishLotUpdate(auction, update).catch((e) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`auctions: live update of lot ${result.lot.id} not published (${(e as Error).name})`)
      )
    )
  }
  return result
}
