import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSENT_SCOPES } from "../../../modules/repair/constants"
import { repairOf } from "../../../modules/repair/resolve"
import { currentText, SCOPE_TEXTS, TEXT_KINDS } from "../../../modules/repair/texts"

/** The texts a storefront shows before consent, acknowledgement or an own-risk request; send back their version. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const options = repairOf(req.scope).getOptions()
  const locale = (req.validatedQuery as { locale?: "nl" | "en" }).locale ?? options.locale
  const { shopName } = options
  res.json({
    texts: TEXT_KINDS.map((k) => currentText(k, locale, shopName)),
    scopes: CONSENT_SCOPES.map((s) => ({ scope: s, label: SCOPE_TEXTS[s][locale] })),
  })
}
