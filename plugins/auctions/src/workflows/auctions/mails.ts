import { LotRow } from "../../modules/auction/types"
import { AuctionMail } from "./steps/send-auction-mails"

/**
 * Mail payloads, built from committed lot state inside the workflows' transforms.
 * Money goes as minor units with the lot's currency and dates as instants: the
 * mail step formats them in the mail's language and the shop's time zone
 * (utils/mail.ts), and adds the pay link when a storefront URL is configured.
 */

/** A mail to the lot's winner about paying: the won, reminder and second-chance mails share it. */
function winnerMail(lot: LotRow, template: AuctionMail["template"], key: string, cartId: string | null): AuctionMail {
  return {
    customer_id: lot.winner_customer_id!,
    template,
    key,
    currency_code: lot.currency_code,
    money: { price: lot.winning_price_cents },
    dates: { payment_due_at: lot.payment_due_at },
    pay_lot_id: lot.id,
    data: { lot_id: lot.id, title: lot.title ?? "", cart_id: cartId ?? "" },
  }
}

export const wonMail = (lot: LotRow, cartId: string | null): AuctionMail => winnerMail(lot, "auctions.won", `${lot.id}:${lot.winner_customer_id}`, cartId)

export function lostMail(lot: LotRow, customerId: string): AuctionMail {
  return {
    customer_id: customerId,
    template: "auctions.lost",
    key: `${lot.id}:${customerId}`,
    data: { lot_id: lot.id, title: lot.title ?? "", result: lot.result },
  }
}

export const reminderMail = (lot: LotRow): AuctionMail =>
  winnerMail(lot, "auctions.payment-reminder", `${lot.id}:${lot.winner_customer_id}:${lot.won_via}`, lot.cart_id)

export const secondChanceMail = (lot: LotRow, cartId: string | null): AuctionMail =>
  winnerMail(lot, "auctions.second-chance", `${lot.id}:${lot.winner_customer_id}`, cartId)

export function outbidMail(lot: LotRow, previousLeader: string, sequence: number, minimumNextCents: number): AuctionMail {
  return {
    customer_id: previousLeader,
    template: "auctions.outbid",
    key: `${lot.id}:${sequence}`,
    currency_code: lot.currency_code,
    money: { price: lot.current_price_cents, minimum_next_bid: minimumNextCents },
    data: { lot_id: lot.id, title: lot.title ?? "" },
  }
}
