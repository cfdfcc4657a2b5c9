import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { ConfirmOutcome } from "../../../modules/newsletter/types"
import { escapeHtml, page } from "../../../utils/html"
import { requestMeta } from "../../../utils/http"
import { confirmSubscriptionWorkflow } from "../../../workflows/subscriptions/confirm-subscription"

const TEXT = {
  nl: {
    ask: ["Aanmelding bevestigen", "Klik op de knop om uw aanmelding voor de nieuwsbrief te bevestigen.", "Bevestigen"],
    confirmed: "Uw aanmelding is bevestigd. Bedankt!",
    already_confirmed: "Uw aanmelding was al bevestigd.",
    expired: "Deze bevestigingslink is verlopen. Meld u opnieuw aan om een nieuwe link te ontvangen.",
    revoked: "Deze bevestigingslink is vervangen door een nieuwere. Gebruik de link uit de laatste e-mail.",
    used: "Deze bevestigingslink is al gebruikt.",
    invalid: "Deze bevestigingslink is ongeldig.",
  },
  en: {
    ask: ["Confirm subscription", "Press the button to confirm your newsletter subscription.", "Confirm"],
    confirmed: "Your subscription is confirmed. Thank you!",
    already_confirmed: "Your subscription was already confirmed.",
    expired: "This confirmation link has expired. Subscribe again to get a new one.",
    revoked: "This confirmation link was replaced by a newer one. Use the link from the latest mail.",
    used: "This confirmation link has already been used.",
    invalid: "This confirmation link is not valid.",
  },
}
const STATUS: Record<ConfirmOutcome, number> = {
  confirmed: 200,
  already_confirmed: 200,
  expired: 410,
  revoked: 410,
  used: 409,
  invalid: 404,
}

/** `?lang=` when the plugin has texts for it, else the `defaultLocale` option. */
function localeOf(req: MedusaRequest) {
  return req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).pageLocale(typeof req.query.lang === "string" ? req.query.lang : null)
}

function tokenOf(value: unknown) {
  return typeof value === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null
}

/** Shows a confirm button: link scanners follow GETs, so a GET changes nothing. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const lang = localeOf(req)
  const t = TEXT[lang]
  const token = tokenOf(req.query.token)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (!token) {
    res
      .status(404)
      .type("html")
      .send(page(t.ask[0], `<p>${t.invalid}</p>`, lang))
    return
  }
  res
    .status(200)
    .type("html")
    .send(
      page(
        t.ask[0],
        `<p>${t.ask[1]}</p><form method="post" action="/newsletter/confirm"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${t.ask[2]}</button></form>`,
        lang
      )
    )
}

/** Confirms; a second confirmation of the same link answers "already confirmed". */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const body = (req.body ?? {}) as Record<string, unknown>
  const token = tokenOf(body.token ?? req.query.token)
  const result = token
    ? (
        await confirmSubscriptionWorkflow(req.scope).run({
          input: { token, ...requestMeta(req), source: "confirm-link" },
        })
      ).result
    : { outcome: "invalid" as const, locale: null }
  const locale = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).pageLocale(result.locale)
  const t = TEXT[locale]
  res.setHeader("Cache-Control", "no-store")
  res
    .status(STATUS[result.outcome])
    .type("html")
    .send(page(t.ask[0], `<p data-outcome="${result.outcome}">${t[result.outcome]}</p>`, locale))
}
