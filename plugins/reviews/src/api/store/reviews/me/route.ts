import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { PolicyRow } from "../../../../modules/review/types"
import { namesFor, ownReview } from "../../../../utils/serialize"
import { customerIdOf } from "../helpers"

/** The customer's own reviews in every state, with the reason of a refusal in the review's language. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { limit, offset } = req.validatedQuery as {
    limit: number
    offset: number
  }
  const reviews = reviewsOf(req.scope)
  const { rows, count } = await reviews.listForQueue({
    customer_id: customerId,
    limit,
    offset,
  })
  const versions = [...new Set(rows.map((r) => r.decision_policy_version).filter((v): v is number => v !== null))]
  const policies = new Map<number, PolicyRow | null>()
  for (const v of versions) policies.set(v, await reviews.getPolicyVersion(v))
  const [names, photos] = await Promise.all([namesFor(req.scope, rows), reviews.photosOf(rows.map((r) => r.id))])
  res.json({
    reviews: rows.map((r) => ownReview(r, names, photos.get(r.id) ?? [], r.decision_policy_version ? (policies.get(r.decision_policy_version) ?? null) : null)),
    count,
    offset,
    limit,
  })
}
