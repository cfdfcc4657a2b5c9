import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../../modules/review/resolve"

/** Recomputes every product summary from the approved reviews and reports the drift it corrected. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ repair: await reviewsOf(req.scope).repairSummaries() })
}
