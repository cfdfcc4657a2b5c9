import type { ServerSentEventMessage } from "@medusajs/js-sdk"
import { seg, Transport } from "../client"
import {
  AuctionEventSchemas,
  AuctionLiveEvent,
  BuyNowResponse,
  ListAuctionsQuery,
  ListAuctionWinsQuery,
  ListAuctionWinsResponse,
  ListAuctionsResponse,
  ListBidsResponse,
  PlaceBidBody,
  PlaceBidResponse,
  RetrieveAuctionResponse,
} from "../schemas/auctions"

/** Softshop Veiling (`@softshop/medusa-auctions`): lots, bids, buy-now and live updates. */
export function auctions(t: Transport) {
  return {
    /** `GET /store/auctions`: open lots (scheduled and active), soonest ending first, with the server time. */
    list: (query: ListAuctionsQuery = {}) => t.request("GET /store/auctions", "/store/auctions", ListAuctionsResponse, { query }),
    /** `GET /store/auctions/:id`. */
    retrieve: (id: string) => t.request("GET /store/auctions/:id", `/store/auctions/${seg(id)}`, RetrieveAuctionResponse),
    /** `GET /store/auctions/:id/bids`: public history ("Bieder N"); the signed-in customer's bids have `is_mine`. */
    listBids: (id: string) => t.request("GET /store/auctions/:id/bids", `/store/auctions/${seg(id)}/bids`, ListBidsResponse),
    /** `POST /store/auctions/:id/bids` (customer): a bid, optionally with a proxy maximum. */
    placeBid: (id: string, body: PlaceBidBody) =>
      t.request("POST /store/auctions/:id/bids", `/store/auctions/${seg(id)}/bids`, PlaceBidResponse, {
        method: "POST",
        body,
      }),
    /** `POST /store/auctions/:id/buy-now` (customer): buys the lot before the first bid; answers with the cart to pay. */
    buyNow: (id: string) =>
      t.request("POST /store/auctions/:id/buy-now", `/store/auctions/${seg(id)}/buy-now`, BuyNowResponse, {
        method: "POST",
        body: {},
      }),
    /**
     * `GET /store/auction-wins` (customer): lots the customer won or was offered, newest first; while
     * `status` is `awaiting_payment`, `cart_id` is the cart to check out before `pay_before`.
     */
    listWins: (query: ListAuctionWinsQuery = {}) => t.request("GET /store/auction-wins", "/store/auction-wins", ListAuctionWinsResponse, { query }),
    /**
     * `GET /store/auctions/:id/events` as a fetch-based Server-Sent Events reader (sends the publishable key
     * and auth like every other call, which `EventSource` cannot). Calls `onEvent` with each parsed event until
     * `abort()` is called or the stream ends; resolves when it ends.
     */
    subscribe: async (id: string, onEvent: (e: AuctionLiveEvent) => void) => {
      const { stream, abort } = await t.sdk.fetchStream(`/store/auctions/${seg(id)}/events`)
      const done = (async () => {
        try {
          for await (const message of stream) {
            const e = parseAuctionEvent(message)
            if (e) onEvent(e)
          }
        } catch (err) {
          if ((err as Error)?.name !== "AbortError") throw err
        }
      })()
      return { abort, done }
    },
  }
}

/** Parses one SSE message of a lot stream; unknown events and malformed data give null. */
export function parseAuctionEvent(message: ServerSentEventMessage): AuctionLiveEvent | null {
  const name = message.event as keyof typeof AuctionEventSchemas | undefined
  if (!name || !(name in AuctionEventSchemas) || !message.data) return null
  let data: unknown
  try {
    data = JSON.parse(message.data)
  } catch {
    return null
  }
  const parsed = AuctionEventSchemas[name].safeParse(data)
  return parsed.success ? ({ event: name, data: parsed.data } as AuctionLiveEvent) : null
}
