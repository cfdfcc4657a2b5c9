import { signTracking } from "../modules/repair/crypto"
import RepairModuleService from "../modules/repair/service"

/** The signed, expiring tracking link of a repair (valid `trackingLinkDays` from now). */
export function trackingUrl(service: RepairModuleService, repairId: string) {
  const o = service.getOptions()
  const expires = new Date(service.now().getTime() + o.trackingLinkDays * 86_400_000)
  return `${o.publicUrl.replace(/\/$/, "")}/repairs/track?token=${encodeURIComponent(signTracking(repairId, expires, o.trackingSecret))}`
}
