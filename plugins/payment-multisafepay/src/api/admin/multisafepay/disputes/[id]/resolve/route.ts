import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveDisputeWorkflow } from "../../../../../../workflows/multisafepay/resolve-dispute"

/** Resolves an open chargeback: 404 unknown, 409 already resolved. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await resolveDisputeWorkflow(req.scope).run({
    input: { id: req.params.id, actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ dispute: result })
}
