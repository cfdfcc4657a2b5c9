import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MULTISAFEPAY_MODULE } from "../../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../../modules/multisafepay/service"
import { presentLatePayments } from "../helpers"

/** GET /admin/multisafepay/late-payments/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const store = req.scope.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
  const [row] = await store.listLatePayments({ id: req.params.id }, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Late payment ${req.params.id} was not found`)
  const [late_payment] = await presentLatePayments(req.scope, [row as never])
  res.json({ late_payment })
}
