import { AxiosInstance } from "axios"
import { ReceivedMail } from "./smtp-fixture"
import { SeededShop } from "./shop"

export { adminHeaders } from "./shop"

export async function publishConsentText(api: AxiosInstance, admin: Record<string, string>, locale: "nl" | "en" = "nl", body?: string) {
  const { data } = await api.post(
    "/admin/newsletter-consent-texts",
    {
      locale,
      body:
        body ??
        (locale === "nl"
          ? "Ja, stuur mij de Softshop-nieuwsbrief met aanbiedingen van Softshop zelf."
          : "Yes, send me the Softshop newsletter with Softshop's own offers."),
    },
    { headers: admin }
  )
  return data.consent_text as { id: string; hash: string; version: number; body: string }
}

export function subscribe(api: AxiosInstance, shop: SeededShop, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return api.post("/store/newsletter-subscriptions", body, {
    headers: { ...shop.headers, "user-agent": "jest-newsletter/1.0", ...headers },
    validateStatus: () => true,
  })
}

/** The path and query of the first link in a mail's text that starts with `prefix` (e.g. "/newsletter/confirm"). */
export function linkIn(mail: ReceivedMail, prefix: string) {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${prefix.replace(/\//g, "\\/")}\\?token=[^\\s]+`))
  if (!match) throw new Error(`no ${prefix} link in mail "${mail.subject}"`)
  const url = new URL(match[0])
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get("token")! }
}

export const form = { headers: { "content-type": "application/x-www-form-urlencoded" }, validateStatus: () => true }

export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (ok(v) || Date.now() > end) return v
    await new Promise((r) => setTimeout(r, 150))
  }
}

/** A header exactly as sent (unfolded), from the raw message. */
export function rawHeader(mail: ReceivedMail, name: string) {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ")
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line ? line.slice(name.length + 1).trim() : undefined
}
