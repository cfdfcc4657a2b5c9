import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { campaignNotification } from "../../../../../utils/mails"
import { campaignWithProgress } from "../../helpers"

/** What a subscriber will get: content, footer and headers (with a placeholder unsubscribe link). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const campaign = await campaignWithProgress(req.scope, req.params.id)
  const n = campaignNotification(newsletter, campaign, {
    id: "nlsub_PREVIEW",
    email: "preview@example.invalid",
    locale: newsletter.pageLocale(),
    token_version: 0,
  })
  res.json({
    preview: {
      subject: campaign.subject,
      html: `${campaign.html}<hr>${n.data.footer_html}`,
      text: `${campaign.text}\n\n--\n${n.data.footer_text}`,
      headers: n.provider_data.headers,
    },
  })
}
