import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reviewsOf } from "../../../modules/review/resolve"
import { verifyToken } from "../../../utils/tokens"

/** The "write a review" link of a request mail: checks the signed token, then sends the reader to the product page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const reviews = reviewsOf(req.scope)
  const o = reviews.getOptions()
  const subject = verifyToken(o.secret, "review-request", (req.validatedQuery as { token: string }).token, reviews.now())
  if (!subject) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This link is invalid or has expired")
  const [orderId] = subject.split(":")
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.product_handle"],
    filters: { id: orderId },
  })
  const handle = (data[0] as any)?.items?.[0]?.product_handle
  res.redirect(302, handle ? `${o.storefrontUrl}/products/${encodeURIComponent(handle)}#review` : `${o.storefrontUrl}/account`)
}
