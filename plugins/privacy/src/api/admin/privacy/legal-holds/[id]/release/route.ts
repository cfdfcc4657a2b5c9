import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseLegalHoldWorkflow } from "../../../../../../workflows/legal-holds/release-legal-hold"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: legal_hold } = await releaseLegalHoldWorkflow(req.scope).run({
    input: { id: req.params.id, actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ legal_hold })
}
