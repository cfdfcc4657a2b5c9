import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MULTISAFEPAY_MODULE } from "../../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../../modules/multisafepay/service"
import { presentLatePayments } from "../../late-payments/helpers"
import { resolveMultiSafepayProvider } from "../../../../../utils/provider"
import { CONTROL_URLS } from "../../../../../providers/multisafepay/core/options"
import { multisafepayPaymentsOf, present } from "../helpers"

/**
 * GET /admin/multisafepay/orders/:id — MultiSafepay ids, statuses, history and refunds of the order's
 * payments, the late payments that belong to the order (flagged on it, or on the cart it came from) and its
 * chargebacks (disputes).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const payments = await multisafepayPaymentsOf(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.params.id } })
  const cartIds = (links as { cart_id: string }[]).map((l) => l.cart_id)
  const store = req.scope.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
  const late = await store.listLatePayments(
    { $or: [{ order_id: req.params.id }, ...(cartIds.length ? [{ cart_id: cartIds }] : [])] },
    { order: { created_at: "DESC" } }
  )
  const disputes = await store.listDisputes({ order_id: req.params.id }, { order: { created_at: "DESC" } })
  res.json({
    multisafepay_payments: payments.map((p: { provider_id: string }) => {
      // The environment decides which MultiSafepay Control (test or live) the admin opens.
      const environment = resolveMultiSafepayProvider(req.scope, p.provider_id)?.describeSettings().environment ?? null
      return { ...present(p), provider_id: p.provider_id, environment, control_url: environment ? CONTROL_URLS[environment] : null }
    }),
    late_payments: await presentLatePayments(req.scope, late as never),
    disputes: disputes.map((d) => ({
      id: d.id,
      msp_order_id: d.msp_order_id,
      amount: Number(d.amount),
      currency_code: d.currency_code,
      status: d.status,
      created_at: d.created_at,
      resolved_at: d.resolved_at,
    })),
  })
}
