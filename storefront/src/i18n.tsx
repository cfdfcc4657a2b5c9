import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react"
import { en, nl, MessageKey } from "./messages"

export type Locale = "nl" | "en"
const DICTS = { nl, en } as const
const STORAGE_KEY = "softshop_locale"

type I18n = {
  locale: Locale
  setLocale: (l: Locale) => void
  t: (key: MessageKey, vars?: Record<string, string | number>) => string
  money: (amount: number | null | undefined, currency?: string) => string
  date: (iso: string | Date | null | undefined, withTime?: boolean) => string
}

const Ctx = createContext<I18n | null>(null)

/** Dutch by default; the choice is kept in localStorage and sets <html lang>. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "nl"))
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l)
    setLocaleState(l)
  }, [])
  const value = useMemo<I18n>(() => {
    const dict = DICTS[locale]
    const tag = locale === "en" ? "en-GB" : "nl-NL"
    return {
      locale,
      setLocale,
      t: (key, vars) => {
        let s: string = dict[key]
        if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v))
        return s
      },
      money: (amount, currency = "eur") =>
        amount === null || amount === undefined ? "–" : new Intl.NumberFormat(tag, { style: "currency", currency: currency.toUpperCase() }).format(amount),
      date: (iso, withTime = false) =>
        iso ? new Intl.DateTimeFormat(tag, withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }).format(new Date(iso)) : "–",
    }
  }, [locale, setLocale])
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useI18n(): I18n {
  const v = useContext(Ctx)
  if (!v) throw new Error("I18nProvider is missing")
  return v
}
