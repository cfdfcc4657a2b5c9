import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairReviewSummariesWorkflow } from "../../../../../workflows/reviews/repair-summaries"

/** Recomputes every product summary from the approved reviews and reports the drift it corrected. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await repairReviewSummariesWorkflow(req.scope).run()
  res.json({ repair: result })
}
