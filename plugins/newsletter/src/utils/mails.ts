import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { escapeHtml } from "./html"

type CampaignContent = { id: string; subject: string; html: string; text: string }

const FOOTER = {
  nl: { link: "Afmelden voor deze nieuwsbrief", text: "Afmelden voor deze nieuwsbrief" },
  en: { link: "Unsubscribe from this newsletter", text: "Unsubscribe from this newsletter" },
}

/** The notification of one campaign mail: unsubscribe footer plus RFC 8058 headers. */
export function campaignNotification(
  newsletter: NewsletterModuleService,
  campaign: CampaignContent,
  sub: { id: string; email: string; locale: string; token_version: number },
  idempotencyKey?: string
) {
  const url = newsletter.unsubscribePageUrl(sub)
  const words = FOOTER[newsletter.pageLocale(sub.locale)]
  return {
    to: sub.email,
    channel: "email",
    template: "newsletter.campaign",
    resource_id: campaign.id,
    resource_type: "newsletter_campaign",
    // The body is the same for every recipient: it travels in `content` (handed to the provider, not stored per
    // notification by Medusa); the stored `data` keeps what is this recipient's (and the campaign is resource_id).
    content: { subject: campaign.subject, html: campaign.html, text: campaign.text },
    data: {
      locale: sub.locale,
      subject: campaign.subject,
      unsubscribe_url: url,
      footer_html: `<a href="${escapeHtml(url)}">${words.link}</a>`,
      footer_text: `${words.text}: ${url}`,
    },
    provider_data: { headers: newsletter.unsubscribeHeaders(sub) },
    idempotency_key: idempotencyKey,
  }
}
