import type { MultiSafepayBase } from "./multisafepay-base"

/**
 * Medusa registers payment providers inside the payment module's own container, out of reach of API
 * routes and jobs. The provider announces itself here (one process = one registry) so the plugin's
 * Store route, reconciliation job and admin routes can use the same configured client.
 */
const providers = new Map<string, MultiSafepayBase>()

export function registerProvider(id: string, provider: MultiSafepayBase) {
  providers.set(id, provider)
}

export function getMultiSafepayProvider(): MultiSafepayBase | undefined {
  return providers.values().next().value
}

/** One clock for the plugin; tests move it with `setClockOffset`. */
let offsetMs = 0
export const clock = {
  now: () => new Date(Date.now() + offsetMs),
  setClockOffset: (ms: number) => {
    offsetMs = ms
  },
}

/**
 * Set when the plugin's webhook subscriber is loaded in this process: it then handles MultiSafepay
 * notifications itself and the provider answers Medusa's generic webhook handler "not supported".
 */
let webhookHandler = false
export function markWebhookHandlerInstalled() {
  webhookHandler = true
}
export function webhookHandlerInstalled() {
  return webhookHandler
}

/**
 * The provider, constructing it first when nothing has used it since the server started: Medusa
 * builds payment providers lazily (on the first payment session), but the Store route listing
 * payment methods runs before any session exists. Resolving the provider through the payment
 * module's provider service makes it announce itself here.
 */
export async function loadMultiSafepayProvider(scope: { resolve<T = unknown>(key: string): T }) {
  const known = getMultiSafepayProvider()
  if (known) return known
  const payment = scope.resolve<{
    listPaymentProviders(filter: Record<string, unknown>): Promise<{ id: string }[]>
    paymentProviderService_?: { retrieveProvider(id: string): unknown }
  }>("payment")
  const ids = (await payment.listPaymentProviders({})).map((p) => p.id).filter((id) => id.startsWith("pp_multisafepay"))
  for (const id of ids) {
    try {
      payment.paymentProviderService_?.retrieveProvider(id)
    } catch {
      // not registered in this process: answered as "not configured" below
    }
  }
  return getMultiSafepayProvider()
}
