import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MULTISAFEPAY_MODULE } from "../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../modules/multisafepay/service"
import { presentLatePayments } from "./helpers"
import { AdminListLatePaymentsType } from "./validators"

/** GET /admin/multisafepay/late-payments — every flagged payment, newest first, without knowing the order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const store = req.scope.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
  const { status, reason, order_id } = req.validatedQuery as AdminListLatePaymentsType
  const { skip: offset, take: limit } = req.queryConfig.pagination as { skip: number; take: number }
  const filters = { ...(status ? { status } : {}), ...(reason ? { reason } : {}), ...(order_id ? { order_id } : {}) }
  const [rows, count] = await store.listAndCountLatePayments(filters, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ late_payments: await presentLatePayments(req.scope, rows as never), count, offset, limit })
}
