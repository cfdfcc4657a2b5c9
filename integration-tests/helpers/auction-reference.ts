export type Step = { from: number; increment: number }
export type RefBid = { bidder: string; amount: number; max: number }

/**
 * An independent reference of proxy bidding (in cents), written from the rules in
 * the auctions README, not from the plugin's engine: given bids in the order the
 * server accepted them, which are accepted and what is the price after each. Used by
 * http/auctions/concurrency.spec.ts and the scale tier.
 */
export function referenceAuction(starting: number, table: Step[], bids: RefBid[]) {
  const inc = (p: number) => [...table].reverse().find((s) => p >= s.from)!.increment
  let price: number | null = null
  let leader: string | null = null
  let leaderMax = 0
  const steps: { accepted: boolean; price: number | null }[] = []
  for (const b of bids) {
    if (leader === b.bidder) {
      const raise = b.max > leaderMax
      if (raise) leaderMax = b.max
      steps.push({ accepted: raise, price })
      continue
    }
    const minimum = price === null ? starting : price + inc(price)
    if (b.amount < minimum) {
      steps.push({ accepted: false, price })
      continue
    }
    if (leader === null) {
      price = b.amount
      leader = b.bidder
      leaderMax = b.max
    } else if (b.max > leaderMax) {
      price = Math.max(b.amount, Math.min(b.max, leaderMax + inc(leaderMax)))
      leader = b.bidder
      leaderMax = b.max
    } else {
      price = Math.max(b.amount, Math.min(leaderMax, b.max + inc(b.max)))
    }
    steps.push({ accepted: true, price })
  }
  return { price, leader, leaderMax, steps }
}
