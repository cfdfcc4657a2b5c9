import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CheckoutSnapshot } from "../providers/multisafepay/core/types"

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "items.title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.is_tax_inclusive",
  "shipping_methods.tax_lines.rate",
  "shipping_address.*",
  "billing_address.*",
]

type Line = { unit_price: number; quantity: number; is_tax_inclusive?: boolean; tax_lines?: { rate: number }[] | null }

/** Subtotal excluding VAT, VAT and rate (percent) of one line, whether prices include tax or not. */
function lineTotals(l: Line) {
  const rate = (l.tax_lines ?? []).reduce((s, t) => s + Number(t.rate ?? 0), 0)
  const gross = Number(l.unit_price) * Number(l.quantity)
  const subtotal = l.is_tax_inclusive ? gross / (1 + rate / 100) : gross
  return { subtotal, tax_total: subtotal * (rate / 100), rate }
}

export async function loadCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  return data[0] as any
}

export async function cartIdOfPaymentCollection(container: MedusaContainer, paymentCollectionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  return (data[0] as any)?.cart_id as string | undefined
}

/** The cart as MultiSafepay needs it for the order (addresses, lines for BNPL). Never stored: see initiatePayment. */
export function snapshotCart(cart: any, extra: { ip_address?: string; locale?: string }): CheckoutSnapshot {
  return {
    cart_id: cart.id,
    ip_address: extra.ip_address,
    locale: extra.locale,
    email: cart.email ?? undefined,
    shipping: cart.shipping_address ?? null,
    billing: cart.billing_address ?? cart.shipping_address ?? null,
    items: (cart.items ?? []).map((i: any) => {
      const t = lineTotals(i)
      return { title: i.title, sku: i.variant_sku, quantity: Number(i.quantity), subtotal: t.subtotal, tax_total: t.tax_total, tax_rate: t.rate }
    }),
    shipping_lines: (cart.shipping_methods ?? []).map((s: any) => {
      const t = lineTotals({ ...s, unit_price: s.amount, quantity: 1 })
      return { name: s.name, subtotal: t.subtotal, tax_total: t.tax_total, tax_rate: t.rate }
    }),
  }
}

/** Cart total including VAT, in major units. */
export function cartTotal(cart: any) {
  const lines: Line[] = [...(cart.items ?? []), ...(cart.shipping_methods ?? []).map((s: any) => ({ ...s, unit_price: s.amount, quantity: 1 }))]
  return lines.reduce((sum, l) => {
    const t = lineTotals(l)
    return sum + t.subtotal + t.tax_total
  }, 0)
}
