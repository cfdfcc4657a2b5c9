import Medusa from "@medusajs/js-sdk"
import { softshop, SoftshopClient } from "@softshop/medusa-js"
import type { StorefrontConfig } from "./config"

export type Clients = { sdk: Medusa; shop: SoftshopClient; config: StorefrontConfig }

let clients: Clients | undefined

/** One js-sdk instance (JWT in localStorage) and the typed Softshop client on top of it. */
export function initClients(config: StorefrontConfig): Clients {
  const sdk = new Medusa({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "softshop_auth" },
  })
  clients = { sdk, shop: softshop(sdk), config }
  return clients
}

export function useClients(): Clients {
  if (!clients) throw new Error("initClients() was not called")
  return clients
}

/** The message of a failed Store API call, for showing next to the form that sent it. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
