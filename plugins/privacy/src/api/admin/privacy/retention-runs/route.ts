import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { runRetention } from "../../../../utils/retention"
import { pageOf } from "../list-config"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take, order } = pageOf(req, { started_at: "DESC" })
  const [retention_runs, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountRetentionRuns({}, { order, take, skip })
  res.json({ retention_runs, count, offset: skip, limit: take })
}

/** "Run now" (or a dry run) from the admin. */
export async function POST(req: AuthenticatedMedusaRequest<{ dry_run: boolean }>, res: MedusaResponse) {
  const retention_run = await runRetention(req.scope, { dryRun: req.validatedBody.dry_run, actor: `user:${req.auth_context.actor_id}` })
  res.status(201).json({ retention_run })
}
