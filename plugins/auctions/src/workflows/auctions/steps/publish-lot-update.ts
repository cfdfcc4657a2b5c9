import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { LotUpdateInput, publishLotUpdate } from "../../../utils/live-update"

export type { LotUpdateInput }

/**
 * Pushes a lot update to the SSE streams of every server (through Redis when
 * the module has a redisUrl, else this process's). Nothing to undo: it runs
 * after every step that can fail, and a stream only ever shows committed state.
 */
export const publishLotUpdateStep = createStep("auctions-publish-lot-update", async (input: LotUpdateInput, { container }) => {
  await publishLotUpdate(auctionOf(container), input)
  return new StepResponse(undefined)
})
