import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { previewRetention } from "../../../../../utils/retention"

/** What retention will do in the next N days (default 30): counts per rule and the subjects. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const days = req.query.days === undefined ? 30 : Number(req.query.days)
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "days must be an integer between 0 and 365")
  }
  res.json({ preview: await previewRetention(req.scope, days) })
}
