import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { LotRow } from "../../../modules/auction/types"
import { toCentsOf } from "../../../utils/money-input"
import { adminRefs, lotRefs } from "../../../utils/admin-refs"
import { adminLot } from "../../../utils/serialize"
import { createLotWorkflow } from "../../../workflows/auctions/create-lot"
import { AdminCreateAuctionType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { status, variant_id } = req.validatedQuery as { status?: string; variant_id?: string[] }
  const { skip: offset = 0, take: limit = 50 } = req.queryConfig.pagination
  const filters = { ...(status ? { status } : {}), ...(variant_id ? { variant_id } : {}) }
  const [lots, count] = await auction.listAndCountAuctionLots(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  const now = auction.now()
  const rows = lots as unknown as LotRow[]
  const refs = await adminRefs(req.scope, rows)
  res.json({
    auctions: rows.map((l) => ({ ...adminLot(l, now, auction.minimumNextBidOf(l)), ...lotRefs(l, refs) })),
    count,
    offset,
    limit,
    server_time: now.toISOString(),
  })
}

/** Creates (schedules) a lot for a product variant. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAuctionType>, res: MedusaResponse) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const body = req.validatedBody
  const c = body.currency_code
  const { result: lot } = await createLotWorkflow(req.scope).run({
    input: {
      variant_id: body.variant_id,
      sales_channel_id: body.sales_channel_id ?? null,
      title: body.title ?? null,
      currency_code: c,
      starts_at: body.starts_at,
      ends_at: body.ends_at,
      original_ends_at: body.ends_at,
      starting_price_cents: toCentsOf(body.starting_price, c, "starting_price"),
      reserve_price_cents: body.reserve_price === undefined ? null : toCentsOf(body.reserve_price, c, "reserve_price"),
      buy_now_price_cents: body.buy_now_price === undefined ? null : toCentsOf(body.buy_now_price, c, "buy_now_price"),
      increments: [...body.increments]
        .sort((a, b) => a.from - b.from)
        .map((s) => ({ from_cents: toCentsOf(s.from, c, "increments.from"), increment_cents: toCentsOf(s.increment, c, "increments.increment") })),
      snipe_window_seconds: body.anti_sniping?.window_seconds ?? 0,
      snipe_extension_seconds: body.anti_sniping?.extension_seconds ?? 0,
      snipe_cap_seconds: body.anti_sniping?.cap_seconds ?? 0,
    },
  })
  res.status(201).json({ auction: adminLot(lot, auction.now(), auction.minimumNextBidOf(lot)) })
}
