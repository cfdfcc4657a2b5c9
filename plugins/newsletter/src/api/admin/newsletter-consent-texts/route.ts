import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { listPage } from "../../../utils/http"
import { publishConsentTextWorkflow } from "../../../workflows/consent-texts/publish-consent-text"
import { AdminPublishConsentTextType } from "./validators"

/** Every version of every consent text, newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { locale } = req.validatedQuery as { locale?: "nl" | "en" }
  const { skip, take, select } = listPage(req, {})
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [texts, count] = await newsletter.listAndCountConsentTexts(locale ? { locale } : {}, {
    order: { locale: "ASC", version: "DESC" },
    skip,
    take,
    select,
  })
  res.json({ consent_texts: texts, count, offset: skip, limit: take })
}

/** Publishes a new version; the ledger keeps pointing at the versions people saw. */
export const POST = async (req: MedusaRequest<AdminPublishConsentTextType>, res: MedusaResponse) => {
  const { result: text } = await publishConsentTextWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ consent_text: text })
}
