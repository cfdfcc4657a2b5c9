import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../modules/review/resolve"
import { PolicyContent } from "../../../modules/review/types"
import { publishReviewPolicyWorkflow } from "../../../workflows/reviews/publish-texts"
import { actorOf } from "../reviews/helpers"

const view = (p: any) => ({
  id: p.id,
  version: p.version,
  reasons: p.content.reasons,
  published_by: p.published_by,
  created_at: new Date(p.created_at).toISOString(),
})

/** Every moderation policy version, newest first (version 1 is the built-in default). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const versions = await reviewsOf(req.scope).listPolicies()
  res.json({ review_policies: versions.map(view), count: versions.length })
}

/** Publishes the next, immutable policy version. */
export async function POST(req: AuthenticatedMedusaRequest<PolicyContent>, res: MedusaResponse) {
  const { result } = await publishReviewPolicyWorkflow(req.scope).run({
    input: { content: req.validatedBody, actor: actorOf(req) },
  })
  res.status(201).json({ review_policy: view(result) })
}
