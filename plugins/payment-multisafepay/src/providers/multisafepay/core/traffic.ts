/** Notifications per second from which this process counts as acknowledging a burst. */
export const WEBHOOK_BURST_PER_SECOND = 20
const BUCKET_MS = 100
const WINDOW_BUCKETS = 10

/**
 * Counts the MultiSafepay webhooks this process acknowledges, in ten 100 ms buckets (the last second).
 * `bursting()` is true while more than `perSecond` arrived in that second: the webhook limiter then runs one
 * notification at a time, so the acknowledgements keep the event loop (MultiSafepay waits for them; the
 * orders behind them can wait a second). A few notifications a second — a normal shop — never count as a burst.
 */
export class WebhookTraffic {
  private readonly counts = new Array<number>(WINDOW_BUCKETS).fill(0)
  private bucket = 0

  /** `now` is a monotonic millisecond clock (real time, not the provider's adjustable clock: this measures load). */
  constructor(
    private readonly perSecond = WEBHOOK_BURST_PER_SECOND,
    private readonly now: () => number = () => performance.now()
  ) {}

  /** One webhook arrived now. */
  note() {
    this.advance()
    this.counts[this.bucket % WINDOW_BUCKETS]++
  }

  /** Webhooks in the last second (the current bucket and the nine before it). */
  lastSecond() {
    this.advance()
    return this.counts.reduce((a, b) => a + b, 0)
  }

  bursting() {
    return this.lastSecond() > this.perSecond
  }

  /** Moves to the current bucket, emptying the ones passed since the last call. */
  private advance() {
    const now = Math.floor(this.now() / BUCKET_MS)
    if (now <= this.bucket) return
    const passed = Math.min(now - this.bucket, WINDOW_BUCKETS)
    for (let i = 1; i <= passed; i++) this.counts[(this.bucket + i) % WINDOW_BUCKETS] = 0
    this.bucket = now
  }
}
