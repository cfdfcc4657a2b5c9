import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import type { SubscribeOutcome } from "../modules/newsletter/service"
import { escapeHtml } from "./html"

type CampaignContent = { id: string; subject: string; html: string; text: string }

/** Sends the double opt-in mail of a fresh request; a failed send is logged (no address) and can be retried by subscribing again. */
export async function sendConfirmationMail(container: MedusaContainer, result: SubscribeOutcome) {
  if (result.outcome !== "mail") return
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const { subscription, token, token_id } = result
  const [request] = await newsletter.listConsentEvents(
    { subscription_id: subscription.id, action: ["requested", "resubscribed"] },
    { order: { occurred_at: "DESC" }, take: 1 }
  )
  const [text] = request?.consent_text_id ? await newsletter.listConsentTexts({ id: request.consent_text_id }) : []
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: subscription.email!,
      channel: "email",
      template: "newsletter.confirm",
      resource_id: subscription.id,
      resource_type: "newsletter_subscription",
      data: {
        locale: subscription.locale,
        confirm_url: newsletter.confirmUrl(token),
        consent_text: text?.body ?? "",
        ttl_hours: newsletter.getOptions().confirmTokenTtlHours,
      },
      idempotency_key: `newsletter.confirm:${subscription.id}:${token_id}`,
    })
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Newsletter confirmation mail for ${subscription.id} failed: ${(e as Error).message.split("\n")[0]}`)
  }
}

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
  const url = newsletter.unsubscribeUrl(sub)
  const words = sub.locale === "en" ? FOOTER.en : FOOTER.nl
  return {
    to: sub.email,
    channel: "email",
    template: "newsletter.campaign",
    resource_id: campaign.id,
    resource_type: "newsletter_campaign",
    data: {
      locale: sub.locale,
      subject: campaign.subject,
      html: campaign.html,
      text: campaign.text,
      unsubscribe_url: url,
      footer_html: `<a href="${escapeHtml(url)}">${words.link}</a>`,
      footer_text: `${words.text}: ${url}`,
    },
    provider_data: { headers: newsletter.unsubscribeHeaders(sub) },
    idempotency_key: idempotencyKey,
  }
}
