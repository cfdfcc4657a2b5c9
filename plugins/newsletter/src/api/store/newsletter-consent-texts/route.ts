import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { parseInput } from "../../../utils/http"

const Query = z.object({ locale: z.enum(["nl", "en"]).default("nl") }).strict()

/** The consent text a subscribe form must show; send its id back with the subscribe request. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // Medusa's locale middleware moves `?locale=` on /store routes to req.locale (normalised, e.g. "en-GB").
  const requested = (req as MedusaRequest & { locale?: string }).locale?.split("-")[0]
  const { locale } = parseInput(Query, { ...req.query, ...(requested ? { locale: requested } : {}) })
  const text = await req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).currentConsentText(locale)
  if (!text) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No consent text for locale "${locale}"`)
  res.json({
    consent_text: { id: text.id, locale: text.locale, version: text.version, body: text.body, hash: text.hash },
  })
}
