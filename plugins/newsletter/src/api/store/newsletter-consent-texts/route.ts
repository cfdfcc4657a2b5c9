import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import { LOCALES } from "../../../modules/newsletter/options"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { parseInput } from "../../../utils/http"

const Query = z.object({ locale: z.enum(LOCALES).optional() }).strict()

/** The consent text a subscribe form must show; send its id back with the subscribe request. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // Medusa's locale middleware moves `?locale=` on /store routes to req.locale (normalised, e.g. "en-GB").
  const requested = (req as MedusaRequest & { locale?: string }).locale?.split("-")[0]
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const locale = newsletter.pageLocale(parseInput(Query, { ...req.query, ...(requested ? { locale: requested } : {}) }).locale)
  const text = await newsletter.currentConsentText(locale)
  if (!text) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No consent text for locale "${locale}"`)
  res.json({
    consent_text: { id: text.id, locale: text.locale, version: text.version, body: text.body, hash: text.hash },
  })
}
