import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"

/** Medusa's id of a provider of this plugin: `pp_<identifier>_<id>` with identifier `multisafepay`. */
export const MULTISAFEPAY_PROVIDER_PREFIX = "pp_multisafepay_"

export const isMultiSafepayProviderId = (id: string | null | undefined): id is string => !!id?.startsWith(MULTISAFEPAY_PROVIDER_PREFIX)

/** The payment module's own container (its cradle), where Medusa's provider loader registers `pp_*` providers. */
type PaymentModuleCradle = Record<string, unknown>

function paymentModuleCradle(container: MedusaContainer): PaymentModuleCradle | undefined {
  if (!container.hasRegistration(Modules.PAYMENT)) return undefined
  // Every Medusa module service keeps its container as `__container__`; the payment module's
  // PaymentProviderService.retrieveProvider resolves `pp_<identifier>_<id>` from that same container.
  return (container.resolve(Modules.PAYMENT) as unknown as { __container__?: PaymentModuleCradle }).__container__
}

/**
 * The ids of the MultiSafepay providers configured in the payment module (`payment_providers`, the list
 * its provider loader fills at boot), in configuration order.
 */
export function multisafepayProviderIds(container: MedusaContainer): string[] {
  const cradle = paymentModuleCradle(container)
  let ids: unknown
  try {
    ids = cradle?.payment_providers
  } catch {
    ids = undefined // no provider at all was registered
  }
  return Array.isArray(ids) ? ids.filter(isMultiSafepayProviderId) : []
}

/**
 * The configured MultiSafepay provider, resolved as Medusa's payment module resolves it: from the payment
 * module's container, where Medusa registers it at boot and builds it (once, a singleton) on first use. It is
 * therefore the same instance Medusa's payment workflows use, whether or not a payment session was created in
 * this process. Without `providerId`, the first configured one.
 */
export function resolveMultiSafepayProvider(container: MedusaContainer, providerId?: string): MultiSafepayBase | undefined {
  const ids = multisafepayProviderIds(container)
  const id = providerId ?? ids[0]
  if (!id || !ids.includes(id)) return undefined
  return paymentModuleCradle(container)![id] as MultiSafepayBase
}

/** As `resolveMultiSafepayProvider`, failing with "not configured" (400) when the shop has no such provider. */
export function requireMultiSafepayProvider(container: MedusaContainer, providerId?: string): MultiSafepayBase {
  const provider = resolveMultiSafepayProvider(container, providerId)
  if (!provider) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "MultiSafepay is not configured on this shop")
  return provider
}
