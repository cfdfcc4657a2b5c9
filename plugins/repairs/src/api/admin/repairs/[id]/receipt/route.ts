import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadRepair } from "../../../../../utils/http"
import { renderReceipt } from "../../../../../utils/receipt"

/** The printable intake receipt (PDF). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const d = await service.dossier(repair.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["email", "first_name", "last_name"], filters: { id: repair.customer_id } })
  const c = data[0] ?? {}
  const pdf = await renderReceipt({
    repair: d.repair,
    consents: d.consents as any,
    backups: d.backups.filter((b: any) => !b.removed_at) as any,
    customer: { name: [c.first_name, c.last_name].filter(Boolean).join(" "), email: c.email ?? "" },
    shopName: service.getOptions().shopName,
    sweepDays: service.getOptions().sweepDays,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="repair-${repair.id}.pdf"`)
  res.setHeader("Cache-Control", "no-store")
  res.send(Buffer.from(pdf))
}
