import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewRetention } from "../../../../../utils/retention"

/**
 * What retention will do in the next N days (default 30): counts per rule, and one page (`offset`, `limit`)
 * of the subjects it reaches, soonest first. Ids only, as every privacy answer: the admin shows names through
 * Medusa's own customer API.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days, offset, limit } = req.validatedQuery as { days: number; offset: number; limit: number }
  const preview = await previewRetention(req.scope, days, 1000)
  const sorted = [...preview.subjects].sort((a, b) => a.due_at.localeCompare(b.due_at) || a.customer_id.localeCompare(b.customer_id))
  res.json({ preview: { ...preview, subjects: sorted.slice(offset, offset + limit), subjects_count: sorted.length, offset, limit } })
}
