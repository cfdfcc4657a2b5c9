import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMinor } from "../../../../providers/multisafepay/core/money"
import { cartTotal, loadCart } from "../../../../utils/cart-snapshot"
import { requireMultiSafepayProvider } from "../../../../utils/provider"
import { StoreListMultiSafepayMethodsType } from "./validators"

/** GET /store/multisafepay/payment-methods?cart_id= — the methods MultiSafepay offers for this cart's amount, currency and country. */
export const GET = async (req: MedusaRequest<unknown, StoreListMultiSafepayMethodsType>, res: MedusaResponse) => {
  const provider = requireMultiSafepayProvider(req.scope)
  const cart = await loadCart(req.scope, req.validatedQuery.cart_id)
  const currency = String(cart.currency_code).toUpperCase()
  const amount = toMinor(Number(cartTotal(cart).toFixed(2)), currency)
  const country = (cart.shipping_address?.country_code ?? cart.billing_address?.country_code ?? "").toUpperCase()
  const methods = await provider.listAvailableMethods({ amount, currency, country: country || undefined })
  const payment_methods = methods.map((m) => ({
    id: m.id,
    name: m.name,
    shopping_cart_required: !!m.shopping_cart_required,
    icon_url: m.icon_urls?.large ?? null,
  }))
  res.json({ payment_methods, count: payment_methods.length })
}
