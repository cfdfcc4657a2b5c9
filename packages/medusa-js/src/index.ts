import type Medusa from "@medusajs/js-sdk"
import { ClientOptions, transport } from "./client"
import { auctions } from "./plugins/auctions"
import { multisafepay } from "./plugins/multisafepay"
import { newsletter } from "./plugins/newsletter"
import { privacy } from "./plugins/privacy"
import { contests } from "./plugins/contests"
import { repairs } from "./plugins/repairs"
import { reviews } from "./plugins/reviews"

/**
 * The Softshop plugins' Store routes, typed, on top of an existing js-sdk instance:
 * every call goes through `sdk.client.fetch`, so it carries the same publishable key,
 * session or JWT and locale as `sdk.store.*`.
 *
 * Adding a plugin is one file in `plugins/` (a function of the transport) and one line here.
 */
export function softshop(sdk: Medusa, options: ClientOptions = {}) {
  const t = transport(sdk.client, options)
  return {
    auctions: auctions(t),
    newsletter: newsletter(t),
    privacy: privacy(t),
    multisafepay: multisafepay(t),
    reviews: reviews(t),
    repairs: repairs(t),
    contests: contests(t),
  }
}

export type SoftshopClient = ReturnType<typeof softshop>
export { ResponseShapeError } from "./client"
export type { ClientOptions, SdkClient, Transport } from "./client"
export { parseAuctionEvent } from "./plugins/auctions"
export type * from "./schemas/auctions"
export type * from "./schemas/newsletter"
export type * from "./schemas/privacy"
export type * from "./schemas/multisafepay"
export type * from "./schemas/reviews"
export type * from "./schemas/repairs"
export type * from "./schemas/contests"
