import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { currentPolicyText } from "../../../../../utils/consent"
import { StoreGetPolicyText } from "../../validators"

/** The policy text a storefront must show (and send back as policy_text_id with the choice). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // Medusa's locale middleware moves `?locale=` on /store routes to req.locale.
  const requested = (req as MedusaRequest & { locale?: string }).locale
  const parsed = StoreGetPolicyText.safeParse({ ...req.query, ...(requested ? { locale: requested } : {}) })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`)
  }
  // Without a locale: the shop's defaultLocale option.
  const locale = parsed.data.locale ?? req.scope.resolve<PrivacyModuleService>("privacy").getOptions().defaultLocale
  const text = await currentPolicyText(req.scope, parsed.data.kind, locale)
  if (!text) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published ${parsed.data.kind} text for locale ${locale}`)
  res.json({ policy_text: text })
}
