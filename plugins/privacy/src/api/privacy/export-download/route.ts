import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../modules/privacy/service"
import { exportToZip } from "../../../utils/export-archive"
import { collectSubjectExport, exportLinkRef, isExportLinkUsed } from "../../../utils/subject-export"
import { EXPORT_LINK_PURPOSE, verifyTokenDetails } from "../../../utils/tokens"
import { claimExportLinkWorkflow } from "../../../workflows/subject-exports/claim-export-link"

function linkUsed(res: MedusaResponse) {
  res.status(410).json({
    type: "link_used",
    message: "This download link has already been used. Request a new export link from your account page.",
  })
}

/**
 * Downloads the export ZIP; authenticated only by the signed, expiring, single-purpose token, in the exact
 * spelling it was issued in. Single use: the download is claimed (audit entry `export` with the link's nonce)
 * by `privacy-claim-export-link` under a lock on the link, and a second download answers 410.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const token = typeof req.query.token === "string" ? req.query.token : ""
  const verified = token ? verifyTokenDetails(privacy, EXPORT_LINK_PURPOSE, token) : null
  if (!verified?.nonce) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token is invalid or expired")
  res.setHeader("Cache-Control", "no-store")
  // A used link answers 410 before any data is read (also when the customer is gone since).
  if (await isExportLinkUsed(req.scope, exportLinkRef(verified.nonce))) return linkUsed(res)
  const { data, counts } = await collectSubjectExport(req.scope, verified.customer_id)
  const { result } = await claimExportLinkWorkflow(req.scope).run({ input: { customer_id: verified.customer_id, nonce: verified.nonce, counts } })
  // Two downloads at once: the one that lost the claim under the link's lock.
  if (!result.claimed) return linkUsed(res)
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", 'attachment; filename="my-data.zip"')
  res.status(200).send(exportToZip(data))
}
