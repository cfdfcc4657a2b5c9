import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { localeOf } from "../helpers"

/** The moderation policy in force: every reason a review can be refused for, in the asked language. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = localeOf(req)
  const p = await reviewsOf(req.scope).getCurrentPolicy()
  res.json({
    policy: {
      version: p.version,
      locale,
      reasons: p.content.reasons.map((r) => ({
        code: r.code,
        label: r.label[locale],
        description: r.description?.[locale] ?? null,
      })),
    },
  })
}
