import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../modules/privacy/service"
import { exportToZip } from "../../../utils/export-archive"
import { buildSubjectExport } from "../../../utils/subject-export"
import { EXPORT_LINK_PURPOSE, verifyToken } from "../../../utils/tokens"

/** Downloads the export ZIP; authenticated only by the signed, expiring, single-purpose token. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const token = typeof req.query.token === "string" ? req.query.token : ""
  const customerId = token ? verifyToken(privacy, EXPORT_LINK_PURPOSE, token) : null
  if (!customerId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token is invalid or expired")
  const data = await buildSubjectExport(req.scope, customerId)
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", 'attachment; filename="my-data.zip"')
  res.status(200).send(exportToZip(data))
}
