import { useTranslation } from "react-i18next"

/** The one date and money format of the MultiSafepay admin, in the admin user's language. */
export function useFormat() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language?.startsWith("nl") ? "nl-NL" : "en-GB"
  const label = (group: string) => (v: string | null | undefined) =>
    v ? t(`multisafepay.enum.${group}.${v}`, { defaultValue: t("multisafepay.enum.other") }) : "–"
  return {
    locale,
    money: (amount: number, currency: string) => new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount),
    /** Refunds are stored in minor units (cents). */
    minor: (amount: number, currency: string) => new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount / 100),
    dateTime: (v?: string | null) => (v ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(v)) : "–"),
    /** MultiSafepay's order status and financial status, the late-payment reasons and states, in words. */
    mspStatus: label("msp_status"),
    reason: label("reason"),
    lateStatus: label("late_status"),
    disputeStatus: label("dispute_status"),
    gateway: (g: string | null | undefined) => (g ? t(`multisafepay.enum.gateway.${g}`, { defaultValue: g.charAt(0) + g.slice(1).toLowerCase() }) : "–"),
  }
}

export const RED_STATUSES = new Set(["declined", "void", "cancelled", "expired", "chargeback", "chargedback"])
export const statusColor = (s: string | null) => (s === "completed" || s === "shipped" ? "green" : s && RED_STATUSES.has(s) ? "red" : "orange")
