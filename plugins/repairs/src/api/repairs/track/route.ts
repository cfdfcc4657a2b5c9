import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../../../modules/repair/resolve"
import { labels } from "../../../utils/labels"
import { trackedRepair } from "../../../utils/track"

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const esc = (v: string) => v.replace(/[&<>"']/g, (c) => ENTITIES[c])

const TEXT = {
  nl: {
    title: "Uw reparatie",
    status: "Status",
    history: "Verloop",
    backups: "Back-ups",
    deletes: "wordt gewist op",
    deleted: "gewist op",
    invalid: "Deze link is ongeldig.",
    expired: "Deze link is verlopen. De volgende statusmail bevat een nieuwe link.",
  },
  en: {
    title: "Your repair",
    status: "Status",
    history: "History",
    backups: "Backups",
    deletes: "will be deleted on",
    deleted: "deleted on",
    invalid: "This link is not valid.",
    expired: "This link has expired. The next status mail carries a new one.",
  },
}

function send(res: MedusaResponse, status: number, locale: "nl" | "en", title: string, body: string) {
  res.status(status)
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
  res.send(`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex">
<title>${esc(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#18181b">
<h1 style="font-size:22px">${esc(title)}</h1>
${body}
</body></html>`)
}

const day = (v: unknown) => (v ? new Date(v as string).toISOString().slice(0, 10) : "–")

/** The page a tracking link opens: status history, no login, no personal data. `?lang=en|nl` overrides the repair's language. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { token?: string; lang?: string }
  const forced = req.query.lang === "en" || req.query.lang === "nl" ? (req.query.lang as "en" | "nl") : undefined
  try {
    const { view } = await trackedRepair(req, q.token)
    const locale = forced ?? view.locale
    const t = TEXT[locale]
    const lb = labels(locale)
    const status = (s: string) => esc((lb.status as Record<string, string>)[s] ?? s)
    const history = view.history.map((h) => `<li>${day(h.at)} — ${status(h.status)}</li>`).join("")
    const backups = view.backups.length
      ? `<h2 style="font-size:18px">${t.backups}</h2><ul>${view.backups
          .map(
            (b) =>
              `<li>${esc((lb.category as Record<string, string>)[b.category] ?? b.category)}: ${b.removed_at ? `${t.deleted} ${day(b.removed_at)}` : b.delete_on ? `${t.deletes} ${day(b.delete_on)}` : "–"}</li>`
          )
          .join("")}</ul>`
      : ""
    send(
      res,
      200,
      locale,
      t.title,
      `<p>${esc(view.device)}</p><p><strong>${t.status}:</strong> ${status(view.status)}</p><h2 style="font-size:18px">${t.history}</h2><ul>${history}</ul>${backups}`
    )
  } catch (e) {
    if (!(e instanceof MedusaError)) throw e
    // No repair to take the language from: the `lang` override, else the `locale` option.
    const locale = forced ?? repairOf(req.scope).getOptions().locale
    const expired = e.message.includes("expired")
    send(res, expired ? 410 : 400, locale, TEXT[locale].title, `<p>${expired ? TEXT[locale].expired : TEXT[locale].invalid}</p>`)
  }
}
