import { ExecArgs } from "@medusajs/framework/types"
import { runRetention } from "../utils/retention"

/**
 * A real retention run from the command line (what the daily job does), with its cost:
 *   npx medusa exec ./node_modules/@softshop/medusa-privacy/.medusa/server/src/scripts/retention-run.js
 * Prints one JSON line: the run's counts and failures, wall time and resident memory (before, and the peak
 * sampled every 20 ms during the run). Fails with NOT_ALLOWED while another run holds the lock.
 */
export default async function retentionRun({ container }: ExecArgs) {
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
  ;(globalThis as { gc?: () => void }).gc?.()
  const rssBefore = process.memoryUsage().rss
  const heapBefore = process.memoryUsage().heapUsed
  let peak = rssBefore
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const started = performance.now()
  try {
    const run = await runRetention(container, { dryRun: false, actor: "cli:retention-run" })
    const seconds = (performance.now() - started) / 1000
    peak = Math.max(peak, process.memoryUsage().rss)
    // With node --expose-gc: the live heap once garbage is collected, to tell retained memory from lazy GC.
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const heapAfterGc = gc ? mb(process.memoryUsage().heapUsed) : null
    console.log(
      JSON.stringify({
        run_id: run.id,
        status: run.status,
        counts: run.counts,
        failures: run.failures,
        seconds,
        rss_before_mb: mb(rssBefore),
        rss_peak_mb: mb(peak),
        heap_before_mb: mb(heapBefore),
        heap_after_gc_mb: heapAfterGc,
      })
    )
  } finally {
    clearInterval(sampler)
  }
}
