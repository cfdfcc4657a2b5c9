import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { LotRow } from "../../../modules/auction/types"

export type CreateLotData = Omit<Partial<LotRow>, "status"> & { variant_id: string; starts_at: Date; ends_at: Date }

/** Creates a lot, active or scheduled by the module clock; compensation deletes it. */
export const createLotStep = createStep(
  "auctions-create-lot",
  async (data: CreateLotData, { container }) => {
    const auction = auctionOf(container)
    const status = new Date(data.starts_at) <= auction.now() ? "active" : "scheduled"
    const lot = (await auction.createAuctionLots({ ...data, status } as any)) as unknown as LotRow
    return new StepResponse(lot, lot.id)
  },
  async (id, { container }) => {
    if (id) await auctionOf(container).deleteAuctionLots(id)
  }
)
