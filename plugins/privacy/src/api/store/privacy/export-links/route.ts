import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { EXPORT_LINK_PURPOSE, signToken } from "../../../../utils/tokens"

const TTL_MS = 15 * 60 * 1000

/** A signed link (15 minutes) to download the export as a ZIP of JSON + CSV per entity. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const { token, expires_at } = signToken(privacy, EXPORT_LINK_PURPOSE, req.auth_context.actor_id, TTL_MS)
  const url = `${privacy.getOptions().backendUrl}/privacy/export-download?token=${encodeURIComponent(token)}`
  res.status(201).json({ export_link: { url, expires_at } })
}
