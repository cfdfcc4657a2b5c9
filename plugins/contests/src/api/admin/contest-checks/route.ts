import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contestOf } from "../../../modules/contest/resolve"
import { renderTerms, TERMS_ITEMS, TERMS_TEMPLATE_VERSION } from "../../../modules/contest/terms"
import { fieldsOf } from "../contests/fields"
import { AdminContestBodyType } from "../contests/validators"

/** The editor's live preview: every code-limit check with its outcome, and the terms the template renders. */
export async function POST(req: AuthenticatedMedusaRequest<AdminContestBodyType>, res: MedusaResponse) {
  const fields = fieldsOf(req.validatedBody)
  const checks = await contestOf(req.scope).checkFields(fields, null)
  res.json({ checks, terms: { template_version: TERMS_TEMPLATE_VERSION, items: TERMS_ITEMS, ...renderTerms(fields) } })
}
