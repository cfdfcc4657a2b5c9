import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SCOPE_TEXTS, textsFor } from "../../../../modules/repair/texts"
import { allowedNext } from "../../../../modules/repair/transitions"
import { adminActor, assertUser, loadRepair } from "../../../../utils/http"
import { adminDossier, adminRepair } from "../../../../utils/serialize"
import { assignTechnicianWorkflow } from "../../../../workflows/repairs/assign-technician"

/** The technician's view: the repair, its consent, wishes, backups, history and audit. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const dossier = adminDossier(await service.dossier(repair.id))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone"],
    filters: { id: repair.customer_id },
  })
  res.json({
    ...dossier,
    customer: customers[0] ?? null,
    next_statuses: allowedNext(repair.status),
    texts: Object.fromEntries(
      Object.entries(textsFor(service.getOptions().shopName)).map(([k, t]) => [k, { version: t.version, title: t.title, body: t.body }])
    ),
    scope_texts: SCOPE_TEXTS,
    backup_stores: service.storeIds(),
    now: service.now(),
  })
}

/** Assigns (or unassigns) the technician, the only one who can read the device password. */
export async function POST(req: AuthenticatedMedusaRequest<{ technician_user_id: string | null }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await assertUser(req, req.validatedBody.technician_user_id)
  await assignTechnicianWorkflow(req.scope).run({
    input: { id: repair.id, technician_user_id: req.validatedBody.technician_user_id, actor: adminActor(req) },
  })
  res.json({ repair: adminRepair(await service.getRepair(repair.id)) })
}
