export type LimiterOptions = {
  /**
   * While this answers true, only one job runs at a time (the rest wait, in arrival order): the process is
   * busy with something that must not wait behind the jobs (acknowledging a burst of webhooks). One job
   * always runs, so the queue never stalls however long that lasts.
   */
  yieldWhile?: () => boolean
  /** How often waiting jobs re-check `yieldWhile` when nothing else wakes them. Default 100 ms. */
  recheckMs?: number
}

/**
 * Runs at most `max` jobs at once (one while `yieldWhile()`); the others wait in arrival order. Used to bound
 * how many MultiSafepay notifications one process handles (re-fetch, Medusa's payment workflow) at a time.
 */
export function createLimiter(max: number, options: LimiterOptions = {}) {
  const yieldWhile = options.yieldWhile ?? (() => false)
  const recheckMs = options.recheckMs ?? 100
  let active = 0
  const waiting: (() => void)[] = []
  let recheck: ReturnType<typeof setTimeout> | undefined

  const mayStart = () => active < max && (active === 0 || !yieldWhile())
  /** Starts waiting jobs while there is room; when only `yieldWhile` holds them, looks again in `recheckMs`. */
  const pump = () => {
    while (waiting.length && mayStart()) {
      active++
      waiting.shift()!()
    }
    if (waiting.length && active < max && !recheck) {
      recheck = setTimeout(() => {
        recheck = undefined
        pump()
      }, recheckMs)
    }
  }

  async function run<T>(job: () => Promise<T>): Promise<T> {
    if (waiting.length || !mayStart()) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        pump()
      })
    } else active++
    try {
      return await job()
    } finally {
      active--
      pump()
    }
  }
  return Object.assign(run, { stats: () => ({ active, waiting: waiting.length }) })
}

export type Limiter = ReturnType<typeof createLimiter>
