import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { publicSummary } from "../../../../utils/serialize"
import { assertProductVisible } from "../../../../workflows/reviews/steps/validate-product"
import { salesChannelIdsOf } from "../helpers"

/** Average, count and per-star histogram of a product's published reviews: one row read. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { product_id } = req.validatedQuery as { product_id: string }
  await assertProductVisible(req.scope, {
    product_id,
    sales_channel_ids: salesChannelIdsOf(req),
  })
  res.json({
    summary: publicSummary(await reviewsOf(req.scope).getSummary(product_id)),
  })
}
