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
