import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectSubjectExport } from "../../../../utils/subject-export"
import { recordSubjectExportWorkflow } from "../../../../workflows/subject-exports/record-subject-export"

/** The logged-in customer's data from every registered module, plus the processors that received it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { data, counts } = await collectSubjectExport(req.scope, customerId)
  await recordSubjectExportWorkflow(req.scope).run({ input: { actor: `customer:${customerId}`, counts } })
  res.setHeader("Content-Disposition", 'attachment; filename="my-data.json"')
  res.json({ export: data })
}
