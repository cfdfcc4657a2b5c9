import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { LotRow } from "../../../modules/auction/types"
import { assertCustomer } from "../../../utils/rate-limit"
import { winOf } from "../../../utils/serialize"

/**
 * The logged-in customer's wins and second-chance offers, newest first, with the
 * cart to pay (while payment is awaited) and the deadline. A win that lapsed to
 * the runner-up stays listed as `expired` for the customer who lost it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = assertCustomer(req)
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { skip: offset = 0, take: limit = 20 } = req.queryConfig.pagination
  const [rows, count] = await auction.listAndCountAuctionLots(
    { result: "won", $or: [{ winner_customer_id: customerId }, { lapsed_winner_customer_id: customerId }] },
    { take: limit, skip: offset, order: { ended_at: "DESC", id: "ASC" } }
  )
  const lots = rows as unknown as LotRow[]
  const variantIds = [...new Set(lots.map((l) => l.variant_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = variantIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "thumbnail", "product.title", "product.thumbnail"],
        filters: { id: variantIds },
      })
    : { data: [] }
  const byId = new Map(
    (variants as { id: string; thumbnail?: string | null; product?: { thumbnail?: string | null } | null }[]).map((v) => [
      v.id,
      v.thumbnail ?? v.product?.thumbnail ?? null,
    ])
  )
  const now = auction.now()
  res.json({
    wins: lots.map((l) => winOf(l, customerId, byId.get(l.variant_id) ?? null, now)),
    count,
    offset,
    limit,
  })
}
