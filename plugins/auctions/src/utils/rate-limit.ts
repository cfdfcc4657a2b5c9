import { createHash } from "crypto"
import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ICacheService, ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../modules/auction"
import { RedisCounters } from "../modules/auction/redis-counter"
import AuctionModuleService from "../modules/auction/service"

type Counter = { cacheKey: string; limit: number; windowMs: number }
/** A window opens with the subject's first bid and lasts windowSeconds (as the in-process limiter did). */
type Window = { start: number; count: number }

/** A counter's cache key: the subject hashed (no customer id or IP address in the cache). */
function counterOf(subject: string, limit: { limit: number; windowSeconds: number }): Counter {
  const hash = createHash("sha256").update(`softshop-auctions-bids:${subject}`).digest("hex").slice(0, 32)
  return { cacheKey: `auctions:bid-rate:${hash}`, limit: limit.limit, windowMs: limit.windowSeconds * 1000 }
}

const secondsUntil = (now: number, endsAt: number) => Math.max(1, Math.ceil((endsAt - now) / 1000))

/**
 * Without Redis (one process): charges one bid to every counter, or to none when one is used up; returns 0
 * (go ahead) or the seconds until the exhausted windows reopen.
 *
 * The counts live in Medusa's cache module (whichever the shop configured).
 * The cache interface has no atomic increment, so each read-increment-write
 * runs under the locking module's lock on the counters' keys: two requests
 * cannot both read 29 and write 30. A lock that cannot be had within 5 s
 * answers "busy" (1 s); the lease is 2 s. Correct across servers too (with the
 * Redis cache and locking), but one hot key (every bid behind one IP address)
 * serialises on the lock — so with several servers the module's redisUrl
 * selects the atomic Redis counters below instead.
 */
async function consume(req: AuthenticatedMedusaRequest, counters: Counter[], now: number): Promise<number> {
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
  let ran = false
  const charge = async () => {
    ran = true
    const windows = await Promise.all(
      counters.map(async (c) => {
        const w = await cache.get<Window>(c.cacheKey)
        return w && now - w.start < c.windowMs ? w : { start: now, count: 0 }
      })
    )
    const exhausted = counters.map((c, i) => ({ c, w: windows[i] })).filter(({ c, w }) => w.count >= c.limit)
    if (exhausted.length) return secondsUntil(now, Math.max(...exhausted.map(({ c, w }) => w.start + c.windowMs)))
    await Promise.all(
      counters.map((c, i) => cache.set(c.cacheKey, { start: windows[i].start, count: windows[i].count + 1 }, secondsUntil(now, windows[i].start + c.windowMs)))
    )
    return 0
  }
  try {
    return await locking.execute(counters.map((c) => `lock:${c.cacheKey}`).sort(), charge, { timeout: 5, expire: 2 })
  } catch (e) {
    if (ran) throw e
    // The lock was not acquired in time: the counters are too busy to charge safely.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`auctions: bid rate limit lock not acquired (${(e as Error).name})`)
    return 1
  }
}

/**
 * With the module's redisUrl (several servers): one atomic Redis script increments both counters (INCR, the
 * window's TTL set by the first hit), no lock. Every bid counts, a refused one too (as the in-process limiter did).
 */
async function consumeInRedis(counters: Counter[], redis: RedisCounters): Promise<number> {
  const hits = await redis.hit(
    counters.map((c) => c.cacheKey.replace(/^auctions:/, "softshop:auctions:")),
    counters.map((c) => c.windowMs)
  )
  const over = hits.filter((h, i) => h.count > counters[i].limit)
  return over.length ? Math.max(1, Math.ceil(Math.max(...over.map((h) => h.msLeft)) / 1000)) : 0
}

/** Limit on bids per customer and per IP address (a window opens with the first bid): 429 with Retry-After. */
export async function limitBids(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const service: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { bidRateLimitCustomer: c, bidRateLimitIp: i } = service.getOptions()
  const now = Date.now()
  const counters = [counterOf(`c:${req.auth_context?.actor_id}`, c), counterOf(`ip:${req.ip}`, i)]
  let retry: number
  try {
    const redis = service.redisCounters()
    retry = redis ? await consumeInRedis(counters, redis) : await consume(req, counters, now)
  } catch (e) {
    return next(e)
  }
  if (retry > 0) {
    res.setHeader("Retry-After", String(retry))
    res.status(429).json({ type: "too_many_requests", message: `Too many bids: try again in ${retry} s` })
    return
  }
  next()
}

export function assertCustomer(req: AuthenticatedMedusaRequest): string {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to bid")
  return id
}
