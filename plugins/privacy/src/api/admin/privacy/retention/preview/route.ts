import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewRetention } from "../../../../../utils/retention"

/** What retention will do in the next N days (default 30): counts per rule and the subjects. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as { days: number }
  res.json({ preview: await previewRetention(req.scope, days) })
}
