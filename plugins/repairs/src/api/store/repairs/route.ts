import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairOf } from "../../../modules/repair/resolve"
import { customerIdOf } from "../../../utils/http"
import { storeRepair } from "../../../utils/serialize"

/** The logged-in customer's repairs, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const service = repairOf(req.scope)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const [rows, count] = await service.listAndCountRepairOrders({ customer_id: customerId }, { skip, take, order: order ?? { created_at: "DESC" } })
  const repairs = []
  for (const r of rows) repairs.push(storeRepair(await service.dossier(r.id)))
  res.json({ repairs, count, offset: skip, limit: take })
}
