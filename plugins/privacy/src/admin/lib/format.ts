import { useTranslation } from "react-i18next"

/** The admin's locale for Intl: Dutch admins get nl-NL, everyone else en-GB (24-hour clock, day first). */
export const localeOf = (lang?: string) => (lang?.startsWith("nl") ? "nl-NL" : "en-GB")

/** The one date and money format of the privacy admin, in the admin user's language. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return {
    locale,
    date: (v?: string | Date | null) => (v ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(v)) : "–"),
    dateTime: (v?: string | Date | null) => (v ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(v)) : "–"),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
  }
}
