import { MedusaError } from "@medusajs/framework/utils"
import { BidRejectionCode, LotRow } from "../../../../../modules/auction/types"
import { currencyDigits, fromCents } from "../../../../../utils/money"

/** Turns a recorded rejection into a 4xx that names the problem. */
export function rejectionError(lotId: string, r: { code: BidRejectionCode; minimum_cents?: number }, lot: LotRow) {
  const T = MedusaError.Types
  switch (r.code) {
    case "too_low":
      return new MedusaError(
        T.INVALID_DATA,
        `amount is too low: the minimum next bid on auction lot ${lotId} is ${fromCents(r.minimum_cents, lot.currency_code)?.toFixed(currencyDigits(lot.currency_code))} ${lot.currency_code.toUpperCase()}`
      )
    case "already_leading":
      return new MedusaError(T.NOT_ALLOWED, `You are already leading auction lot ${lotId}: to raise your maximum, send a max_amount above your current maximum`)
    case "not_started":
      return new MedusaError(T.NOT_ALLOWED, `Auction lot ${lotId} has not started: bidding opens at ${new Date(lot.starts_at).toISOString()}`)
    case "ended":
      return new MedusaError(T.NOT_ALLOWED, `Auction lot ${lotId} has ended at ${new Date(lot.ends_at).toISOString()}`)
    case "cancelled":
      return new MedusaError(T.NOT_ALLOWED, `Auction lot ${lotId} was cancelled`)
    case "banned":
      return new MedusaError(T.FORBIDDEN, `You may not bid on auction lots (bidder banned)`)
    case "buy_now_unavailable":
      return new MedusaError(T.NOT_ALLOWED, `Buy-now is not available on auction lot ${lotId}`)
  }
}
