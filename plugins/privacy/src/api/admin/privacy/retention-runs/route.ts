import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { runRetention } from "../../../../utils/retention"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [retention_runs, count] = await req.scope
    .resolve<PrivacyModuleService>("privacy")
    .listAndCountRetentionRuns({}, { order: { started_at: "DESC" }, take: 20 })
  res.json({ retention_runs, count, offset: 0, limit: 20 })
}

/** "Run now" (or a dry run) from the admin. */
export async function POST(req: AuthenticatedMedusaRequest<{ dry_run: boolean }>, res: MedusaResponse) {
  const retention_run = await runRetention(req.scope, { dryRun: req.validatedBody.dry_run, actor: `user:${req.auth_context.actor_id}` })
  res.status(201).json({ retention_run })
}
