import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isGatewayAllowed } from "../../../../core/gateways"
import { toMinor } from "../../../../core/money"
import { clock, loadMultiSafepayProvider } from "../../../../core/registry"
import { MspPaymentMethod } from "../../../../core/types"
import { cartTotal, loadCart } from "../../../../utils/cart-snapshot"
import { StoreListMultiSafepayMethodsType } from "./validators"

const CACHE_MS = 60_000
const cache = new Map<string, { at: number; methods: MspPaymentMethod[] }>()

/** GET /store/multisafepay/payment-methods?cart_id= — the methods MultiSafepay offers for this cart's amount, currency and country. */
export const GET = async (req: MedusaRequest<unknown, StoreListMultiSafepayMethodsType>, res: MedusaResponse) => {
  const provider = await loadMultiSafepayProvider(req.scope)
  if (!provider) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "MultiSafepay is not configured on this shop")
  const cart = await loadCart(req.scope, req.validatedQuery.cart_id)
  const currency = String(cart.currency_code).toUpperCase()
  const amount = toMinor(Number(cartTotal(cart).toFixed(2)), currency)
  const country = (cart.shipping_address?.country_code ?? cart.billing_address?.country_code ?? "").toUpperCase()
  const key = `${amount}:${currency}:${country}`
  let hit = cache.get(key)
  if (!hit || clock.now().getTime() - hit.at > CACHE_MS) {
    hit = { at: clock.now().getTime(), methods: await provider.client.listPaymentMethods({ amount, currency, country: country || undefined }) }
    cache.set(key, hit)
  }
  const allow = provider.options.gateways
  const payment_methods = hit.methods
    .filter((m) => isGatewayAllowed(m.id, allow))
    .map((m) => ({ id: m.id, name: m.name, shopping_cart_required: !!m.shopping_cart_required, icon_url: m.icon_urls?.large ?? null }))
  res.json({ payment_methods, count: payment_methods.length })
}
