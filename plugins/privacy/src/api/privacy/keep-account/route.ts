import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../modules/privacy/service"
import { touchSubjectClock } from "../../../utils/clock"
import { verifyKeepAccountToken } from "../../../utils/retention-warning"

/** The link in the retention warning e-mail: resets the customer's clock. Outside /store (no key in a mail link). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const token = typeof req.query.token === "string" ? req.query.token : ""
  const customerId = token ? verifyKeepAccountToken(privacy, token) : null
  if (!customerId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token is invalid or expired")
  await touchSubjectClock(req.scope, customerId)
  await privacy.createAuditLogs({ rule: "keep_account", actor: `customer:${customerId}`, counts: { clocks_reset: 1 }, occurred_at: privacy.now() })
  res.json({ kept: true })
}
