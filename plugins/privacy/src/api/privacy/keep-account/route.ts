import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../modules/privacy/service"
import { escapeHtml, page } from "../../../utils/html"
import { verifyKeepAccountToken } from "../../../utils/retention-warning"
import { keepAccountWorkflow } from "../../../workflows/subject-clocks/keep-account"

const TEXT = {
  nl: {
    title: "Account bewaren",
    ask: "U heeft een e-mail gekregen dat uw account wegens inactiviteit wordt verwijderd. Klik op de knop om uw account te bewaren.",
    button: "Mijn account bewaren",
    kept: "Uw account blijft bewaard. U hoeft verder niets te doen.",
    invalid: "Deze link is ongeldig of verlopen. Log in op uw account om het te bewaren.",
  },
  en: {
    title: "Keep my account",
    ask: "You received an e-mail saying your account will be erased for inactivity. Press the button to keep your account.",
    button: "Keep my account",
    kept: "Your account will be kept. There is nothing else you need to do.",
    invalid: "This link is not valid or has expired. Log in to your account to keep it.",
  },
}

/** `?lang=` when it names a language of the page, else the shop's `defaultLocale`. */
const localeOf = (req: MedusaRequest, value: unknown): "nl" | "en" =>
  value === "en" || value === "nl" ? value : req.scope.resolve<PrivacyModuleService>("privacy").getOptions().defaultLocale

function send(res: MedusaResponse, status: number, locale: "nl" | "en", body: string) {
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res
    .status(status)
    .type("html")
    .send(page(TEXT[locale].title, body, locale))
}

/**
 * The link in the retention warning e-mail shows a page with a button; it changes nothing. Mail link
 * scanners (Safe Links, corporate gateways) fetch every link with GET, so only the POST keeps the account.
 * Outside /store: a mail link carries no publishable key; the signed token is the only credential.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = localeOf(req, req.query.lang)
  const t = TEXT[locale]
  const token = typeof req.query.token === "string" ? req.query.token : ""
  if (!token || !verifyKeepAccountToken(req.scope.resolve<PrivacyModuleService>("privacy"), token)) {
    return send(res, 400, locale, `<p data-outcome="invalid">${t.invalid}</p>`)
  }
  send(
    res,
    200,
    locale,
    `<p>${t.ask}</p><form method="post" action="/privacy/keep-account"><input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="lang" value="${locale}"><button type="submit">${t.button}</button></form>`
  )
}

/** The button: resets the customer's clock (the account is kept for a whole retention window). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const body = (req.body ?? {}) as Record<string, unknown>
  const locale = localeOf(req, body.lang ?? req.query.lang)
  const t = TEXT[locale]
  const token = typeof body.token === "string" ? body.token : ""
  const customerId = token ? verifyKeepAccountToken(privacy, token) : null
  if (!customerId) return send(res, 400, locale, `<p data-outcome="invalid">${t.invalid}</p>`)
  await keepAccountWorkflow(req.scope).run({ input: { customer_id: customerId } })
  send(res, 200, locale, `<p data-outcome="kept">${t.kept}</p>`)
}
