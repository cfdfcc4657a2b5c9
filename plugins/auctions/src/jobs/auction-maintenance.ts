import { ICacheService, ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runAuctionMaintenance } from "../utils/settle"

/** How long a tick's claim is kept (the scale test reads the claims back). */
const CLAIM_TTL_SECONDS = 3600

/**
 * Closes ended lots, reminds and expires unpaid winners, anonymises old losing bids.
 *
 * Once per tick across workers: Medusa's Redis workflow engine already hands
 * each tick to one worker, but a run that outlasts the minute could overlap the
 * next tick on another worker (and on the in-memory engine every worker runs
 * every tick). So each run takes the locking module's lock (a busy lock
 * skips the tick: the running one picks the work up) and claims its tick in the
 * cache module (`auctions:maintenance:tick:<scheduledFor>` → the worker that ran it).
 * Every step inside is exactly-once by itself (row locks), so this saves work, not correctness.
 */
export default async function auctionMaintenanceJob(container: MedusaContainer, context?: { scheduledFor?: Date }) {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  const tick = (context?.scheduledFor ?? new Date()).toISOString()
  const key = `auctions:maintenance:tick:${tick}`
  let ran = false
  try {
    await locking.execute(
      "auctions:maintenance",
      async () => {
        ran = true
        if (await cache.get(key)) return
        await cache.set(key, { worker: `${process.pid}`, started_at: new Date().toISOString() }, CLAIM_TTL_SECONDS)
        await runAuctionMaintenance(container)
      },
      // Held for the whole run (the provider renews it); a crashed worker frees it after 120 s.
      { timeout: 1, expire: 120 }
    )
  } catch (e) {
    if (ran) throw e
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`auctions: maintenance tick ${tick} skipped: another run is still going`)
  }
}

export const config = {
  name: "auctions-maintenance",
  schedule: "* * * * *",
}
