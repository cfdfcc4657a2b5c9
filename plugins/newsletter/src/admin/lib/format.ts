import { useMemo } from "react"
import { useTranslation } from "react-i18next"

/** The admin's language as a BCP 47 tag ("enGB" in Medusa's list is "en-GB"). */
export const localeOf = (lang: string | undefined) => (lang ?? "en").replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")

/** The plugin's one date and number format: the admin user's language through Intl. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(() => {
    const dt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
    const d = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" })
    const n = new Intl.NumberFormat(locale)
    return {
      locale,
      date: (v: string | Date | null | undefined) => (v ? dt.format(new Date(v)) : "–"),
      day: (v: string) => d.format(new Date(`${v}T00:00:00Z`)),
      number: (v: number) => n.format(v),
    }
  }, [locale])
}

/** `YYYY-MM-DDTHH:mm` in local time, what <input type="datetime-local"> reads. */
export const toLocalInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
