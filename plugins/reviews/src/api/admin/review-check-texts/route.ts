import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../modules/review/resolve"
import { publishReviewCheckTextWorkflow } from "../../../workflows/reviews/publish-texts"
import { actorOf } from "../reviews/helpers"

const view = (t: any) => ({
  id: t.id,
  version: t.version,
  body_nl: t.body_nl,
  body_en: t.body_en,
  published_by: t.published_by,
  created_at: new Date(t.created_at).toISOString(),
})

/** Every version of the public "how we check reviews" text, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const versions = await reviewsOf(req.scope).listCheckTexts()
  res.json({ review_check_texts: versions.map(view), count: versions.length })
}

/** Publishes the next version of the text. */
export async function POST(req: AuthenticatedMedusaRequest<{ body_nl: string; body_en: string }>, res: MedusaResponse) {
  const { result } = await publishReviewCheckTextWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: actorOf(req) },
  })
  res.status(201).json({ review_check_text: view(result) })
}
