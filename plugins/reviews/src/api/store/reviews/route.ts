import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../modules/review/resolve"
import { namesFor, ownReview, publicReview } from "../../../utils/serialize"
import { submitReviewWorkflow } from "../../../workflows/reviews/submit-review"
import { assertProductVisible } from "../../../workflows/reviews/steps/validate-product"
import { checkLengths, customerIdOf, salesChannelIdsOf } from "./helpers"
import { StoreListReviewsType, StoreSubmitReviewType } from "./validators"

/** A product's published reviews: page, sort, filters. 404 when the product is not sold in the key's channel. */
export async function GET(req: MedusaRequest<unknown, StoreListReviewsType>, res: MedusaResponse) {
  const q = req.validatedQuery as StoreListReviewsType
  await assertProductVisible(req.scope, {
    product_id: q.product_id,
    sales_channel_ids: salesChannelIdsOf(req),
  })
  const reviews = reviewsOf(req.scope)
  const { rows, count } = await reviews.listPublished({ ...q })
  const [names, photos] = await Promise.all([namesFor(req.scope, rows), reviews.photosOf(rows.map((r) => r.id))])
  res.json({
    reviews: rows.map((r) => publicReview(r, names, photos.get(r.id) ?? [])),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}

/** Submits a review of a product (pending until a moderator decides), or replaces the customer's review of it. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSubmitReviewType>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const body = req.validatedBody
  checkLengths(req, body)
  const { result } = await submitReviewWorkflow(req.scope).run({
    input: {
      ...body,
      customer_id: customerId,
      sales_channel_ids: salesChannelIdsOf(req),
    },
  })
  const reviews = reviewsOf(req.scope)
  const row = (await reviews.getReviewRow(result.review.id))!
  const [names, photos] = await Promise.all([namesFor(req.scope, [row]), reviews.photosOf([row.id])])
  res.status(result.created ? 201 : 200).json({ review: ownReview(row, names, photos.get(row.id) ?? [], null) })
}
