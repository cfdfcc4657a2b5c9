import { createHash } from "node:crypto"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { pageOf } from "../list-config"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { kind } = req.validatedQuery as { kind?: "cookies" | "privacy_statement" }
  const { skip, take, order } = pageOf(req, { published_at: "DESC" })
  const [policy_texts, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountPolicyTexts(kind ? { kind } : {}, { order, skip, take })
  res.json({ policy_texts, count, offset: skip, limit: take })
}

/** Publishes a new version; published texts are never edited (consent records point at them). */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  // Without a locale: the shop's defaultLocale option.
  const body = { ...req.validatedBody, locale: req.validatedBody.locale ?? privacy.getOptions().defaultLocale }
  const existing = await privacy.listPolicyTexts({ kind: body.kind, version: body.version, locale: body.locale })
  if (existing.length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `version ${body.version} of the ${body.kind} text (${body.locale}) already exists`)
  }
  const policy_text = await privacy.createPolicyTexts({
    ...body,
    hash: createHash("sha256").update(body.body).digest("hex"),
    published_at: privacy.now(),
  })
  res.status(201).json({ policy_text })
}
