import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../modules/privacy/service"

export async function POST(req: AuthenticatedMedusaRequest<{ status?: string; note?: string }>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const [found] = await privacy.listDataSubjectRequests({ id: req.params.id })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Data-subject request ${req.params.id} was not found`)
  const done = ["completed", "rejected", "cancelled"].includes(req.validatedBody.status ?? "")
  const [request] = await privacy.updateDataSubjectRequests([
    {
      id: found.id,
      ...(req.validatedBody as any),
      handled_by: `user:${req.auth_context.actor_id}`,
      completed_at: done ? privacy.now() : found.completed_at,
      subject_email: done ? null : found.subject_email,
    },
  ])
  res.json({ data_subject_request: request })
}
