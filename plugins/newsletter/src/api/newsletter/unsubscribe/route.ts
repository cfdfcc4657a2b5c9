import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { escapeHtml, page } from "../../../utils/html"
import { requestMeta } from "../../../utils/http"
import { unsubscribeSubscriptionWorkflow } from "../../../workflows/subscriptions/unsubscribe-subscription"

const TEXT = {
  nl: {
    title: "Afmelden voor de nieuwsbrief",
    ask: "Wilt u geen nieuwsbrief meer ontvangen? Klik dan op de knop.",
    button: "Afmelden",
    unsubscribed: "U bent afgemeld. U ontvangt geen nieuwsbrief meer.",
    already_unsubscribed: "U was al afgemeld.",
    invalid: "Deze afmeldlink is ongeldig.",
    body: 'Verwacht werd de formuliergegevens "List-Unsubscribe=One-Click".',
  },
  en: {
    title: "Unsubscribe from the newsletter",
    ask: "No longer want the newsletter? Press the button.",
    button: "Unsubscribe",
    unsubscribed: "You are unsubscribed and will receive no more newsletters.",
    already_unsubscribed: "You were already unsubscribed.",
    invalid: "This unsubscribe link is not valid.",
    body: 'Expected the form body "List-Unsubscribe=One-Click".',
  },
}

function tokenOf(value: unknown) {
  return typeof value === "string" && /^nlsub_[A-Za-z0-9]+\.[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null
}

/** A confirmation page only: mail scanners follow GET links, so a GET never unsubscribes. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req.query.token)
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const sub = token ? await newsletter.subscriptionForUnsubscribeToken(token) : null
  const locale = newsletter.pageLocale(sub?.locale)
  const t = TEXT[locale]
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (!sub || !token) {
    res
      .status(404)
      .type("html")
      .send(page(t.title, `<p>${t.invalid}</p>`, locale))
    return
  }
  const action = `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`
  res
    .status(200)
    .type("html")
    .send(
      page(
        t.title,
        `<p>${t.ask}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t.button}</button></form>`,
        locale
      )
    )
}

/**
 * RFC 8058 one-click: POST to the List-Unsubscribe URL with the form body
 * `List-Unsubscribe=One-Click`. No login, no cookies: the signed token is the credential.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req.query.token)
  const body = (req.body ?? {}) as Record<string, unknown>
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  res.setHeader("Cache-Control", "no-store")
  if (body["List-Unsubscribe"] !== "One-Click") {
    const t = TEXT[newsletter.pageLocale()]
    res
      .status(400)
      .type("html")
      .send(page(t.title, `<p>${t.body}</p>`, newsletter.pageLocale()))
    return
  }
  const sub = token ? await newsletter.subscriptionForUnsubscribeToken(token) : null
  const locale = newsletter.pageLocale(sub?.locale)
  const outcome = sub
    ? (
        await unsubscribeSubscriptionWorkflow(req.scope).run({
          input: { subscription_id: sub.id, ...requestMeta(req), source: "one-click", locale },
        })
      ).result
    : "invalid"
  const t = TEXT[locale]
  res
    .status(outcome === "invalid" ? 404 : 200)
    .type("html")
    .send(page(t.title, `<p data-outcome="${outcome}">${t[outcome]}</p>`, locale))
}
