import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildSubjectExport } from "../../../../../../utils/subject-export"

/** The same export as the customer's own, run by an admin (e.g. for a request received by e-mail). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ export: await buildSubjectExport(req.scope, req.params.id, `user:${req.auth_context.actor_id}`) })
}
