// One line per target a benchmark checks, collected by `npm run bench` into one
// summary table (scripts/bench.mjs). A benchmark run on its own just prints it.
import fs from "node:fs"

/**
 * @param {{ bench: string, figure: string, ratio: number, target: string }} r
 *   target: ">= 0.8" or "<= 5" — the ratio's bound, in the direction that is good.
 */
export function reportTarget({ bench, figure, ratio, target }) {
  const [op, bound] = target.split(/\s+/)
  const met = op === ">=" ? ratio >= Number(bound) : op === "<=" ? ratio <= Number(bound) : false
  const line = { bench, figure, ratio, target, met }
  console.log(`  [target] ${figure}: ${ratio.toFixed(2)}x (target ${target}x) ${met ? "met" : "NOT MET"}`)
  if (process.env.BENCH_REPORT_FILE) fs.appendFileSync(process.env.BENCH_REPORT_FILE, JSON.stringify(line) + "\n")
  return met
}
