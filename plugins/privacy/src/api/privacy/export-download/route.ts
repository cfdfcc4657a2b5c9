import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../modules/privacy/service"
import { exportToZip } from "../../../utils/export-archive"
import { buildSubjectExport } from "../../../utils/subject-export"
import { EXPORT_LINK_PURPOSE, verifyTokenDetails } from "../../../utils/tokens"

/** The audit entry of a download names the link by its nonce (random, not personal). */
const linkRef = (nonce: string) => `export-link:${nonce}`

/**
 * Downloads the export ZIP; authenticated only by the signed, expiring, single-purpose token, in the exact
 * spelling it was issued in. Single use: the download is recorded (audit entry `export` with the link's
 * nonce) under a lock on the link, and a second download answers 410.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const token = typeof req.query.token === "string" ? req.query.token : ""
  const verified = token ? verifyTokenDetails(privacy, EXPORT_LINK_PURPOSE, token) : null
  if (!verified?.nonce) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token is invalid or expired")
  const ref = linkRef(verified.nonce)
  const zip = await req.scope.resolve(Modules.LOCKING).execute(`privacy:export-link:${verified.nonce}`, async () => {
    const used = await privacy.listAuditLogs({ rule: "export", subject_ref: ref }, { select: ["id"], take: 1 })
    if (used.length) return null
    return exportToZip(await buildSubjectExport(req.scope, verified.customer_id, `customer:${verified.customer_id}`, ref))
  })
  res.setHeader("Cache-Control", "no-store")
  if (!zip) {
    res.status(410).json({
      type: "link_used",
      message: "This download link has already been used. Request a new export link from your account page.",
    })
    return
  }
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", 'attachment; filename="my-data.zip"')
  res.status(200).send(zip)
}
