import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MULTISAFEPAY_MODULE } from "../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../modules/multisafepay/service"
import type { AdminListDisputesType } from "./validators"

/** Chargebacks (open payment disputes first, newest first). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDisputesType>, res: MedusaResponse) {
  const { status, order_id } = req.validatedQuery as AdminListDisputesType
  const { skip: offset, take: limit } = req.queryConfig.pagination as { skip: number; take: number }
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (order_id) filters.order_id = order_id
  const [disputes, count] = await req.scope
    .resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
    .listAndCountDisputes(filters, { order: { status: "DESC", created_at: "DESC" }, take: limit, skip: offset })
  res.json({ disputes, count, offset, limit })
}
