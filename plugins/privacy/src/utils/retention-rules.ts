type Clocked = { due_at: Date; warned_at: Date | null }

/**
 * When retention may erase a candidate at the earliest: its clock's end, and never before the full
 * `warningDays` after the warning (P10: always warned first). A candidate not yet warned is warned by the
 * next run, so its grace starts then (`now`).
 */
export function earliestErasure(c: Clocked, now: Date, warningDays: number) {
  const graceEnd = new Date((c.warned_at ?? now).getTime() + warningDays * 86_400_000)
  return c.due_at > graceEnd ? c.due_at : graceEnd
}

/** What a run at `now` does with a candidate that is not held: warn it, wait (clock or grace), or erase it. */
export function retentionAction(c: Clocked, now: Date, warningDays: number): "warn" | "wait" | "erase" {
  if (!c.warned_at) return "warn"
  return earliestErasure(c, now, warningDays) <= now ? "erase" : "wait"
}
