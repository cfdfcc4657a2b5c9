/** What "now" is for the provider (webhook signature window, status history, reconciliation age, caches). */
export type Clock = { now(): Date }

/**
 * The provider's clock: the system time, moved by tests with `setClockOffset` instead of sleeping. Each
 * provider instance owns one and hands it to what it builds (the notification reader), so nothing reads
 * a module-level "now".
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0

  now() {
    return new Date(Date.now() + this.offsetMs)
  }

  setClockOffset(ms: number) {
    this.offsetMs = ms
  }
}
