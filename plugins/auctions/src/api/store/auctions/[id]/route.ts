import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLot } from "../helpers"
import { publicLot } from "../../../../utils/serialize"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  const now = auction.now()
  res.json({ auction: publicLot(lot, now, auction.minimumNextBidOf(lot)), server_time: now.toISOString() })
}
