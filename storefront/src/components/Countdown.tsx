import { useEffect, useMemo, useState } from "react"
import { useI18n } from "../i18n"

/** Milliseconds the server's clock is ahead of this browser's, from a response's server_time. */
export function useServerOffset(serverTime: string | undefined) {
  return useMemo(() => (serverTime ? new Date(serverTime).getTime() - Date.now() : 0), [serverTime])
}

/** Time left by the server's clock (not the visitor's), ticking every second. */
export function Countdown({ to, offset }: { to: string | null; offset: number }) {
  const { t } = useI18n()
  const [now, setNow] = useState(() => Date.now() + offset)
  useEffect(() => {
    setNow(Date.now() + offset)
    const timer = setInterval(() => setNow(Date.now() + offset), 1000)
    return () => clearInterval(timer)
  }, [offset])
  if (!to) return null
  const left = Math.max(0, new Date(to).getTime() - now)
  const s = Math.floor(left / 1000)
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const text =
    left === 0 ? t("auction.ended") : `${d ? `${d}d ` : ""}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`
  return (
    <time dateTime={to} data-testid="countdown">
      {text}
    </time>
  )
}
