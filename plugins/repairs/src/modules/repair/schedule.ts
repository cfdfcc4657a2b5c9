import { MedusaError } from "@medusajs/framework/utils"
/**
 * The fixed deletion schedule (P20). Backups are deleted by a sweep that acts on
 * fixed days of the month. A backup delivered on day d is due on the first sweep
 * day S with S - d >= minDays (calendar days, UTC). The worst case is a delivery
 * whose d + minDays falls one day after a sweep day, so the latest deletion is
 * (largest gap between consecutive sweep days) + minDays - 1 days after delivery.
 */
export const MIN_DAYS = 14
export const MAX_DAYS = 30
const DAY = 86_400_000

/** Midnight UTC of the day that contains `at`. */
export function dayOf(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
}

export function addDays(day: Date, n: number): Date {
  return new Date(dayOf(day).getTime() + n * DAY)
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY)
}

export function isSweepDay(day: Date, sweepDays: number[]): boolean {
  return sweepDays.includes(day.getUTCDate())
}

/** The first sweep day on or after `from`. */
export function nextSweepDay(from: Date, sweepDays: number[]): Date {
  let d = dayOf(from)
  for (let i = 0; i < 62; i++, d = addDays(d, 1)) if (isSweepDay(d, sweepDays)) return d
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `No sweep day within 62 days of ${from.toISOString()} (sweepDays: ${sweepDays.join(",")})`)
}

/** The sweep day that deletes a backup delivered at `deliveredAt`. */
export function plannedDeletionDay(deliveredAt: Date, sweepDays: number[], minDays = MIN_DAYS): Date {
  return nextSweepDay(addDays(deliveredAt, minDays), sweepDays)
}

/** Largest number of days between two consecutive sweep days, over every month length. */
export function largestGap(sweepDays: number[]): number {
  const days = [...new Set(sweepDays)].sort((a, b) => a - b)
  let gap = 0
  for (let i = 1; i < days.length; i++) gap = Math.max(gap, days[i] - days[i - 1])
  // From the last sweep day of the longest month (31 days) to the first of the next.
  return Math.max(gap, 31 - days[days.length - 1] + days[0])
}

/**
 * Why a schedule cannot keep the 14–30 day promise, or null when it can. Sweep
 * days must exist in every month (1–28).
 */
export function scheduleProblem(sweepDays: number[], minDays = MIN_DAYS, maxDays = MAX_DAYS): string | null {
  if (!sweepDays.length) return "at least one sweep day is needed"
  const bad = sweepDays.find((d) => !Number.isInteger(d) || d < 1 || d > 28)
  if (bad !== undefined) return `sweep day ${bad} does not exist in every month (use 1–28)`
  if (minDays < MIN_DAYS) return `backups must be kept at least ${MIN_DAYS} days after delivery`
  const latest = largestGap(sweepDays) + minDays - 1
  if (latest > maxDays) {
    return `sweep days ${[...sweepDays].sort((a, b) => a - b).join(", ")} can leave a backup ${latest} days after delivery (more than ${maxDays})`
  }
  return null
}
