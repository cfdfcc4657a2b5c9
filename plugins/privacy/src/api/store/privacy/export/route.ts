import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildSubjectExport } from "../../../../utils/subject-export"

/** The logged-in customer's data from every registered module, plus the processors that received it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const data = await buildSubjectExport(req.scope, req.auth_context.actor_id)
  res.setHeader("Content-Disposition", 'attachment; filename="my-data.json"')
  res.json({ export: data })
}
