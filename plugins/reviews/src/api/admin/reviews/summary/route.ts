import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { publicSummary } from "../../../../utils/serialize"

/** A product's summary for the admin product page (any product status or channel). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_id } = req.validatedQuery as { product_id: string }
  res.json({
    summary: publicSummary(await reviewsOf(req.scope).getSummary(product_id)),
  })
}
