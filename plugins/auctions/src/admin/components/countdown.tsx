import { Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { localeOf } from "../lib/format"

const parts = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000))
  return { d: Math.floor(s / 86400), h: Math.floor((s % 86400) / 3600), m: Math.floor((s % 3600) / 60), s: s % 60 }
}

/**
 * Time left by the server's clock: the page keeps the offset between the
 * server time of its last fetch and the browser's clock, so a wrong local
 * clock does not move the countdown.
 */
export const Countdown = ({ target, serverTime, label }: { target: string; serverTime: string; label: string }) => {
  const { t, i18n } = useTranslation()
  const [offset] = useState(() => new Date(serverTime).getTime() - Date.now())
  const [now, setNow] = useState(Date.now() + offset)
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now() + offset), 1000)
    return () => clearInterval(h)
  }, [offset])
  const left = new Date(target).getTime() - now
  if (left <= 0)
    return (
      <Text size="small" weight="plus" data-testid="lot-countdown">
        {t("auctions.detail.countdownEnded")}
      </Text>
    )
  const p = parts(left)
  const n = (v: number, unit: "day" | "hour" | "minute" | "second") =>
    new Intl.NumberFormat(localeOf(i18n.language), { style: "unit", unit, unitDisplay: "narrow" }).format(v)
  const text = [p.d ? n(p.d, "day") : null, p.d || p.h ? n(p.h, "hour") : null, n(p.m, "minute"), n(p.s, "second")].filter(Boolean).join(" ")
  return (
    <Text size="small" weight="plus" data-testid="lot-countdown" aria-live="off">
      {label} {text}
    </Text>
  )
}
