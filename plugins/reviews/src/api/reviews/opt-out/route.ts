import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewsOf } from "../../../modules/review/resolve"
import { verifyToken } from "../../../utils/tokens"
import { optOutOfReviewRequestsWorkflow } from "../../../workflows/reviews/opt-out"

/** The page is bilingual (nl / en); its `lang` is the `locale` option. */
const page = (req: MedusaRequest, title: string, body: string) =>
  `<!doctype html><html lang="${reviewsOf(req.scope).getOptions().locale}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`

function subjectOf(req: MedusaRequest, token: string) {
  const reviews = reviewsOf(req.scope)
  const customerId = verifyToken(reviews.getOptions().secret, "review-opt-out", token, reviews.now())
  if (!customerId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This link is invalid or has expired")
  return customerId
}

/** Shows the confirmation (link scanners follow GETs; only the POST acts). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { token } = req.validatedQuery as { token: string }
  subjectOf(req, token)
  res
    .type("html")
    .send(
      page(
        req,
        "Geen reviewverzoeken meer / No more review requests",
        `<form method="post"><input type="hidden" name="token" value="${token.replace(/[^A-Za-z0-9._-]/g, "")}"><button type="submit">Afmelden / Unsubscribe</button></form>`
      )
    )
}

/** Records the opt-out; the request job skips this customer from now on. */
export async function POST(req: MedusaRequest<{ token: string }>, res: MedusaResponse) {
  const customerId = subjectOf(req, req.validatedBody.token)
  await optOutOfReviewRequestsWorkflow(req.scope).run({ input: { customer_id: customerId } })
  res
    .type("html")
    .send(
      page(req, "Afgemeld / Unsubscribed", "<p>U ontvangt geen verzoeken meer om een review te schrijven. / You will not receive review requests any more.</p>")
    )
}
