import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clearSubjectFailureWorkflow } from "../../../../../../workflows/failed-subjects/clear-subject-failure"

/** "Retry": clears the failure so the next retention run erases the subject again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await clearSubjectFailureWorkflow(req.scope).run({
    input: { customer_id: req.params.customer_id, actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ failed_subject: { ...result, failed_at: null } })
}
