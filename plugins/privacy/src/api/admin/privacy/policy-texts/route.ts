import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { publishPolicyTextWorkflow } from "../../../../workflows/policy-texts/publish-policy-text"
import { pageOf } from "../list-config"
import { AdminCreatePolicyTextType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { kind } = req.validatedQuery as { kind?: "cookies" | "privacy_statement" }
  const { skip, take, order } = pageOf(req, { published_at: "DESC" })
  const [policy_texts, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountPolicyTexts(kind ? { kind } : {}, { order, skip, take })
  res.json({ policy_texts, count, offset: skip, limit: take })
}

/** Publishes a new version; published texts are never edited (consent records point at them). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePolicyTextType>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  // Without a locale: the shop's defaultLocale option.
  const input = { ...req.validatedBody, locale: req.validatedBody.locale ?? privacy.getOptions().defaultLocale }
  const { result } = await publishPolicyTextWorkflow(req.scope).run({ input })
  res.status(201).json({ policy_text: await privacy.retrievePolicyText(result.id) })
}
