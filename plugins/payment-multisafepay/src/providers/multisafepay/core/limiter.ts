/**
 * Runs at most `max` jobs at once; the others wait in arrival order. Used to bound how many paid
 * notifications one process runs through Medusa's payment workflow at a time.
 */
export function createLimiter(max: number) {
  let active = 0
  const waiting: (() => void)[] = []
  async function run<T>(job: () => Promise<T>): Promise<T> {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else active++
    try {
      return await job()
    } finally {
      // Hand the slot straight to the next waiter, so `active` never exceeds `max`.
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
  return Object.assign(run, { stats: () => ({ active, waiting: waiting.length }) })
}

export type Limiter = ReturnType<typeof createLimiter>
