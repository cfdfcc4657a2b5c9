import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { pageOf } from "../list-config"

/** Rule, time, counts, actor, opaque reference: never personal data. Paging validated (query-config.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take, order } = pageOf(req, { occurred_at: "DESC" })
  const [audit_logs, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountAuditLogs({}, { order, take, skip })
  res.json({ audit_logs, count, offset: skip, limit: take })
}
