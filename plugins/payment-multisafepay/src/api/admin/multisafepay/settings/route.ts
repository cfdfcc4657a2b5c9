import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONTROL_URLS } from "../../../../providers/multisafepay/core/options"
import { MULTISAFEPAY_MODULE } from "../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../modules/multisafepay/service"
import { multisafepayProviderIds, resolveMultiSafepayProvider } from "../../../../utils/provider"

/**
 * GET /admin/multisafepay/settings — the settings/health view: each configured MultiSafepay provider's
 * environment, API host, webhook path and URL, gateways, capture mode and the last signed webhook this server
 * process received; plus the open chargebacks and late payments. Never the API key.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const providers = multisafepayProviderIds(req.scope).map((id) => {
    const settings = resolveMultiSafepayProvider(req.scope, id)!.describeSettings()
    return { id, ...settings, webhook_path: `/hooks/payment/${id.replace(/^pp_/, "")}`, control_url: CONTROL_URLS[settings.environment] }
  })
  const store = req.scope.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
  const [[, open_disputes], [, open_late_payments]] = await Promise.all([
    store.listAndCountDisputes({ status: "open" }, { take: 1, select: ["id"] }),
    store.listAndCountLatePayments({ status: "open" }, { take: 1, select: ["id"] }),
  ])
  res.json({ multisafepay_settings: { providers, open_disputes, open_late_payments } })
}
