import { CheckoutSnapshot, MspCartItem, MspTaxTables } from "./types"
import { roundHalfUp2 } from "./money"

/** Gateways that need `shopping_cart` + `checkout_options` (php-sdk Gateways::SHOPPING_CART_REQUIRED_GATEWAYS). */
export const BNPL_GATEWAYS = new Set([
  "KLARNA",
  "IN3",
  "IN3B2B",
  "AFTERPAY",
  "BNPL_MF",
  "BNPL_INSTM",
  "BNPL_INST",
  "PAYAFTER",
  "BILLINK",
  "EINVOICE",
  "SANTANDER",
])

export const isBnpl = (gateway?: string | null) => !!gateway && BNPL_GATEWAYS.has(gateway.toUpperCase())

const selector = (rate: number) => `BTW${Math.round(rate * 10000) / 100}`

/**
 * The BNPL cart: unit prices in major units excluding VAT (up to 10 decimals, as the API allows), one tax
 * table per rate, shipping as `msp-shipping`. Returns the amount MultiSafepay will compute by its rounding
 * rule (items excl. VAT rounded half-up to 2 decimals + VAT), in major units.
 */
export function buildShoppingCart(snapshot: CheckoutSnapshot): {
  items: MspCartItem[]
  taxTables: MspTaxTables
  totalMajor: number
} {
  const items: MspCartItem[] = []
  const rates = new Set<number>()
  let ex = 0
  let vat = 0
  const add = (name: string, id: string, quantity: number, subtotal: number, taxTotal: number, ratePct: number) => {
    const rate = ratePct / 100
    rates.add(rate)
    const unit = Number((subtotal / quantity).toFixed(10))
    items.push({ name, quantity, unit_price: unit, merchant_item_id: id, tax_table_selector: selector(rate) })
    ex += unit * quantity
    vat += unit * quantity * rate
  }
  for (const [i, it] of (snapshot.items ?? []).entries()) {
    add(it.title, it.sku || `item-${i + 1}`, it.quantity, it.subtotal, it.tax_total, it.tax_rate)
  }
  for (const s of snapshot.shipping_lines ?? []) add(s.name, "msp-shipping", 1, s.subtotal, s.tax_total, s.tax_rate)
  const alternate = [...rates].map((rate) => ({ name: selector(rate), standalone: true, rules: [{ rate }] }))
  return {
    items,
    taxTables: { default: { shipping_taxed: true, rate: [...rates][0] ?? 0 }, alternate },
    totalMajor: roundHalfUp2(roundHalfUp2(ex) + vat),
  }
}
