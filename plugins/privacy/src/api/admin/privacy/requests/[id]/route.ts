import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { updateDataSubjectRequestWorkflow } from "../../../../../workflows/data-subject-requests/update-data-subject-request"
import { AdminUpdateRequestType } from "../../validators"

/** Status and note of a request; the admin becomes its handler. Closed requests stay closed. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateRequestType>, res: MedusaResponse) {
  const { result } = await updateDataSubjectRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ data_subject_request: await req.scope.resolve<PrivacyModuleService>("privacy").retrieveDataSubjectRequest(result.id) })
}
