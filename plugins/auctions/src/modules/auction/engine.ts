/**
 * The proxy-bidding rules, pure and in cents. The service applies them under a
 * row lock; the tests compare the outcome with their own reference.
 */
export type IncrementStep = { from_cents: number; increment_cents: number }

export type LotPriceState = {
  starting_cents: number
  reserve_cents: number | null
  price_cents: number | null // null until the first accepted bid
  leader: string | null
  leader_max_cents: number | null
}

export type BidAttempt = { bidder: string; amount_cents: number; max_cents: number }

export type BidDecision =
  | {
      ok: true
      kind: "bid" | "max_raise"
      state: LotPriceState
      outbid: boolean
      previous_leader: string | null
    }
  | { ok: false; code: "too_low" | "already_leading"; minimum_cents: number }

export function incrementAt(table: IncrementStep[], price: number): number {
  let inc = table[0]?.increment_cents ?? 1
  for (const step of table) if (price >= step.from_cents) inc = step.increment_cents
  return inc
}

export function minimumNextBid(state: LotPriceState, table: IncrementStep[]): number {
  if (state.price_cents === null) return state.starting_cents
  return state.price_cents + incrementAt(table, state.price_cents)
}

function withReserve(state: LotPriceState): LotPriceState {
  const { reserve_cents: reserve, price_cents: price, leader_max_cents: max } = state
  if (reserve !== null && price !== null && max !== null && price < reserve && max >= reserve) {
    return { ...state, price_cents: reserve }
  }
  return state
}

export function applyBid(state: LotPriceState, table: IncrementStep[], bid: BidAttempt): BidDecision {
  const minimum = minimumNextBid(state, table)
  const max = Math.max(bid.max_cents, bid.amount_cents)
  if (state.leader !== null && state.leader === bid.bidder) {
    // Raising one's own maximum never bids against oneself.
    if (max <= (state.leader_max_cents ?? 0)) return { ok: false, code: "already_leading", minimum_cents: minimum }
    return { ok: true, kind: "max_raise", outbid: false, previous_leader: null, state: withReserve({ ...state, leader_max_cents: max }) }
  }
  if (bid.amount_cents < minimum) return { ok: false, code: "too_low", minimum_cents: minimum }
  if (state.leader === null || state.leader_max_cents === null) {
    const next = { ...state, price_cents: bid.amount_cents, leader: bid.bidder, leader_max_cents: max }
    return { ok: true, kind: "bid", outbid: false, previous_leader: null, state: withReserve(next) }
  }
  const leaderMax = state.leader_max_cents
  if (max > leaderMax) {
    // A tie goes to the earlier bid, so only a strictly higher maximum takes the lead.
    const price = Math.max(bid.amount_cents, Math.min(max, leaderMax + incrementAt(table, leaderMax)))
    const next = { ...state, price_cents: price, leader: bid.bidder, leader_max_cents: max }
    return { ok: true, kind: "bid", outbid: false, previous_leader: state.leader, state: withReserve(next) }
  }
  const price = Math.max(bid.amount_cents, Math.min(leaderMax, max + incrementAt(table, max)))
  return { ok: true, kind: "bid", outbid: true, previous_leader: null, state: withReserve({ ...state, price_cents: price }) }
}
