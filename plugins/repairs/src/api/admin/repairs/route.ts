import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairOf } from "../../../modules/repair/resolve"
import { RepairRow } from "../../../modules/repair/types"
import { adminActor, assertUser } from "../../../utils/http"
import { adminRepair } from "../../../utils/serialize"
import { createRepairWorkflow } from "../../../workflows/repairs/create-repair"
import { AdminCreateRepairType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = repairOf(req.scope)
  const { status, customer_id } = req.validatedQuery as { status?: string; customer_id?: string }
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const [rows, count] = await service.listAndCountRepairOrders({ ...(status ? { status } : {}), ...(customer_id ? { customer_id } : {}) } as any, {
    skip,
    take,
    order: order ?? { created_at: "DESC" },
  })
  res.json({ repairs: (rows as unknown as RepairRow[]).map(adminRepair), count, offset: skip, limit: take })
}

/** Intake at the desk: an existing customer or a walk-in contact. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRepairType>, res: MedusaResponse) {
  const b = req.validatedBody
  await assertUser(req, b.technician_user_id)
  const { result } = await createRepairWorkflow(req.scope).run({
    input: {
      customer_id: b.customer_id,
      contact: b.contact,
      repair: {
        work_type: b.work_type,
        device_type: b.device.type,
        device_brand: b.device.brand,
        device_model: b.device.model,
        device_serial: b.device.serial ?? null,
        problem: b.problem,
        intake_condition: b.intake_condition,
        accessories: { items: b.accessories },
        credential: b.device_password ?? null,
        technician_user_id: b.technician_user_id ?? null,
        order_id: b.order_id ?? null,
        line_item_id: b.line_item_id ?? null,
        data_wishes: b.data_wishes ?? null,
        locale: b.locale,
        actor: adminActor(req),
      },
    },
  })
  res.status(201).json({ repair: adminRepair(result) })
}
