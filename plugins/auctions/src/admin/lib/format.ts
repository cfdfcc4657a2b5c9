import { useMemo } from "react"
import { useTranslation } from "react-i18next"

/** The admin's language as a BCP 47 tag ("enGB" in Medusa's list is "en-GB"). */
export const localeOf = (lang: string | undefined) => (lang ?? "en").replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")

/** The plugin's one date and money format: the admin user's language through Intl. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(() => {
    const dt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
    return {
      locale,
      money: (v: number | null | undefined, currency = "eur") =>
        v === null || v === undefined ? "–" : new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(v),
      date: (v: string | Date | null | undefined) => (v ? dt.format(new Date(v)) : "–"),
      time: (v: string | Date) => new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(v)),
      /** 90 → "1 min 30 s" style durations, in the admin's language. */
      minutes: (seconds: number) =>
        new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long", maximumFractionDigits: 1 }).format(seconds / 60),
    }
  }, [locale])
}

/** `YYYY-MM-DDTHH:mm` in local time, what <input type="datetime-local"> reads. */
export const toLocalInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
