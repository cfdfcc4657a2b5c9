/** The module's notion of "now": tokens, rate windows, leases and purges all read it. */
export interface Clock {
  now(): Date
}

/** Server time plus an offset tests may set (moving time without sleeping). */
export class OffsetClock implements Clock {
  protected offsetMs_ = 0

  now() {
    return new Date(Date.now() + this.offsetMs_)
  }

  setOffset(ms: number) {
    this.offsetMs_ = ms
  }
}

/** Container key under which a host (or a test) may register its own clock for the module. */
export const NEWSLETTER_CLOCK = "newsletterClock"
