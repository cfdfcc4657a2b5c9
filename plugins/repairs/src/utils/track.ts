import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyTracking } from "../modules/repair/crypto"
import { repairOf } from "../modules/repair/resolve"
import { trackingView } from "./serialize"

/** The repair behind a tracking token; 400 for a malformed, tampered or expired one (never says which repair). */
export async function trackedRepair(req: MedusaRequest, token: string | undefined) {
  const service = repairOf(req.scope)
  const check = verifyTracking(token ?? "", service.getOptions().trackingSecret, service.now())
  if (!check.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, check.reason === "expired" ? "The tracking link has expired" : "The tracking link is invalid")
  }
  const d = await service.dossier(check.repair_id).catch(() => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The tracking link is invalid")
  })
  return { view: trackingView(d), expires_at: check.expires_at }
}
