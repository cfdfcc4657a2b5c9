import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairOf } from "../../../modules/repair/resolve"
import { SCOPE_TEXTS, textsFor } from "../../../modules/repair/texts"

/** The current consent texts (both languages) and the configured backup stores, for the intake form. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = repairOf(req.scope)
  res.json({
    texts: Object.fromEntries(
      Object.entries(textsFor(service.getOptions().shopName)).map(([k, t]) => [k, { version: t.version, title: t.title, body: t.body }])
    ),
    scope_texts: SCOPE_TEXTS,
    backup_stores: service.storeIds(),
    sweep_days: service.getOptions().sweepDays,
  })
}
