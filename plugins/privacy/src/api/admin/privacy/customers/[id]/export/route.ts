import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectSubjectExport } from "../../../../../../utils/subject-export"
import { recordSubjectExportWorkflow } from "../../../../../../workflows/subject-exports/record-subject-export"

/** The same export as the customer's own, run by an admin (e.g. for a request received by e-mail). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data, counts } = await collectSubjectExport(req.scope, req.params.id)
  await recordSubjectExportWorkflow(req.scope).run({ input: { actor: `user:${req.auth_context.actor_id}`, counts } })
  res.json({ export: data })
}
