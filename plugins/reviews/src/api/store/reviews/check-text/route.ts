import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { localeOf } from "../helpers"

/** The public "how we check reviews" text (EU Omnibus), current version, in the asked language. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = localeOf(req)
  const t = await reviewsOf(req.scope).getCurrentCheckText()
  res.json({
    check_text: {
      version: t.version,
      locale,
      body: locale === "en" ? t.body_en : t.body_nl,
      published_at: new Date(t.created_at).toISOString(),
    },
  })
}
