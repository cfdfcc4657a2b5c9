import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const limit = Math.min(Math.max(Number(req.query.limit ?? 50) || 50, 1), 500)
  const offset = Math.max(Number(req.query.offset ?? 0) || 0, 0)
  const [audit_logs, count] = await req.scope
    .resolve<PrivacyModuleService>("privacy")
    .listAndCountAuditLogs({}, { order: { occurred_at: "DESC" }, take: limit, skip: offset })
  res.json({ audit_logs, count, offset, limit })
}
