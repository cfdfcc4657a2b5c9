/**
 * Money in minor units and back. The database stores minor units ("cents": 1250
 * for € 12,50, 1250 for ¥1250, 1250 for 1.250 KWD); the API speaks major units.
 * How many decimals a currency has comes from Intl (ISO 4217 via ICU), so JPY
 * has 0, EUR 2 and KWD 3.
 */
const digitsCache = new Map<string, number>()

/** The minor-unit digits of a currency (2 for an unknown code). */
export function currencyDigits(currency = "eur"): number {
  const code = currency.toUpperCase()
  let digits = digitsCache.get(code)
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      digits = 2
    }
    digitsCache.set(code, digits)
  }
  return digits
}

/** True when `major` has no more decimals than the currency allows. */
export function fitsCurrency(major: number, currency = "eur"): boolean {
  const scaled = major * 10 ** currencyDigits(currency)
  return Math.abs(scaled - Math.round(scaled)) < 1e-6
}

/** Major units (12.5) to minor units (1250 for EUR, 13 for JPY would be refused by validation first). */
export const toCents = (major: number, currency = "eur") => Math.round(major * 10 ** currencyDigits(currency))

export function fromCents(cents: number | null | undefined, currency = "eur"): number | null {
  if (cents === null || cents === undefined) return null
  const digits = currencyDigits(currency)
  return Number((cents / 10 ** digits).toFixed(digits))
}

const LOCALES: Record<string, string> = { nl: "nl-NL", en: "en-GB" }

/** Minor units as a localised amount: nl "€ 250,00", en "€250.00". */
export function formatMoney(cents: number | null | undefined, currency = "eur", locale = "nl"): string {
  const major = fromCents(cents, currency)
  if (major === null) return ""
  return new Intl.NumberFormat(LOCALES[locale] ?? locale, {
    style: "currency",
    currency: currency.toUpperCase(),
  }).format(major)
}

/** A moment as a human date and time in the mail's language and the shop's time zone. */
export function formatDateTime(at: Date | string | null | undefined, locale = "nl", timeZone = "Europe/Amsterdam"): string {
  if (!at) return ""
  return new Intl.DateTimeFormat(LOCALES[locale] ?? locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(at))
}

/** True when Intl knows the time zone (for option validation). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz })
    return true
  } catch {
    return false
  }
}
