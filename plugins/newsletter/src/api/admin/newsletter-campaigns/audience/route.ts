import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"

/** The audience a campaign sent now would reach: confirmed subscribers not on the suppression list. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  res.json({ audience: { count: await newsletter.audienceCount(), status: "subscribed" } })
}
