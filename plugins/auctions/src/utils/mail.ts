import { ResolvedAuctionOptions } from "../modules/auction/options"
import { formatDateTime, formatMoney } from "./money"

export type AuctionTemplate = "auctions.outbid" | "auctions.won" | "auctions.lost" | "auctions.payment-reminder" | "auctions.second-chance"

/** One auction mail: plain data, plus money (minor units) and dates the mail step formats per locale. */
export type AuctionMail = {
  customer_id: string
  template: AuctionTemplate
  key: string
  data: Record<string, unknown>
  currency_code?: string
  money?: Record<string, number | null>
  dates?: Record<string, Date | string | null>
  /** The lot to pay: adds `pay_url` (`${storefrontUrl}/account/auctions?pay=<lot>`) when storefrontUrl is set. */
  pay_lot_id?: string
}

/** The payload the templates see: money as "€ 250,00" / "€250.00", dates in the shop's time zone, the pay link. */
export function mailData(mail: AuctionMail, options: Pick<ResolvedAuctionOptions, "locale" | "timeZone" | "storefrontUrl">) {
  const data: Record<string, unknown> = { locale: options.locale, ...mail.data }
  for (const [k, cents] of Object.entries(mail.money ?? {})) data[k] = formatMoney(cents, mail.currency_code, options.locale)
  for (const [k, at] of Object.entries(mail.dates ?? {})) data[k] = formatDateTime(at, options.locale, options.timeZone)
  if (mail.pay_lot_id && options.storefrontUrl) {
    data.pay_url = `${options.storefrontUrl}/account/auctions?pay=${encodeURIComponent(mail.pay_lot_id)}`
  }
  return data
}
