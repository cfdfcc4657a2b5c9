import type { ILockingModule } from "@medusajs/framework/types"

export type ExclusiveResult<T> = { ok: true; value: T } | { ok: false; reason: "busy" }

type Locking = Pick<ILockingModule, "execute">

/**
 * Runs `job` under the locking module's lock on `key`, and tells "the lock was busy" apart from "the job
 * failed" by whether the job started, not by the text of the provider's error (the in-memory and Redis
 * providers word their time-outs differently): `{ ok: false, reason: "busy" }` when the lock was not
 * obtained within `timeout` seconds; the job's own error is re-thrown unchanged.
 *
 * Trip-wire: any failure before the job starts counts as busy, also an unreachable lock store.
 */
export async function runExclusive<T>(
  locking: Locking,
  key: string | string[],
  job: () => Promise<T>,
  { timeout, expire }: { timeout: number; expire?: number }
): Promise<ExclusiveResult<T>> {
  let started = false
  try {
    // Not a business write (issue 16 exception): a lock in the locking module; the job writes through workflows.
    const value = await locking.execute(
      key,
      async () => {
        started = true
        return job()
      },
      // `expire` is read by the Redis provider (lease), not in the public args type.
      { timeout, expire } as any
    )
    return { ok: true, value }
  } catch (e) {
    if (!started) return { ok: false, reason: "busy" }
    throw e
  }
}
