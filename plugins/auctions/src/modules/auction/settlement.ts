import { currencyDigits, fromCents, toCents } from "../../utils/money"
import { LotRow } from "./types"

/** The key in a line item's metadata naming the lot the line was won in. */
export const LOT_LINE_KEY = "auction_lot_id"

/** A cart or order line as the settlement checks see it (major units, as Medusa stores them). */
export type SettlementLine = {
  id?: string
  variant_id?: string | null
  quantity: number | string
  unit_price: number | string
  metadata?: Record<string, unknown> | null
}
export type SettlementCart = {
  id: string
  customer_id?: string | null
  currency_code?: string | null
  items?: SettlementLine[] | null
}

/** The lot id a line was won in, if any. */
export const lotOfLine = (line: SettlementLine): string | null => {
  const v = line.metadata?.[LOT_LINE_KEY]
  return typeof v === "string" && v ? v : null
}

/** The won price as a currency-exact string ("250.00 EUR"), for messages. */
export const wonPrice = (lot: LotRow) =>
  `${fromCents(lot.winning_price_cents, lot.currency_code)?.toFixed(currencyDigits(lot.currency_code))} ${lot.currency_code.toUpperCase()}`

/**
 * Why a cart or order does not pay exactly this lot, or null when it does: one
 * line, the lot's variant, quantity 1, the won price, the lot's currency, the
 * winner as the customer. Pure, so the completion guard and the order check
 * share it.
 */
export function settlementProblem(lot: LotRow, cart: SettlementCart): string | null {
  const items = cart.items ?? []
  const expected = `exactly one line: auction lot ${lot.id}, quantity 1, at ${wonPrice(lot)}`
  if ((cart.currency_code ?? "").toLowerCase() !== lot.currency_code.toLowerCase()) {
    return `must be paid in ${lot.currency_code.toUpperCase()}`
  }
  if (cart.customer_id !== lot.winner_customer_id) return "belongs to another customer than the lot's winner"
  if (items.length !== 1) return `must hold ${expected} (it holds ${items.length} lines)`
  const [line] = items
  if (line.variant_id !== lot.variant_id) return `must hold ${expected} (its line is another product)`
  if (Number(line.quantity) !== 1) return `must hold ${expected} (the line's quantity is ${Number(line.quantity)})`
  if (toCents(Number(line.unit_price), lot.currency_code) !== lot.winning_price_cents) {
    return `must hold ${expected} (the line's price was changed)`
  }
  return null
}
