import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { contestOf } from "../modules/contest/resolve"
import type { RateLimitOption } from "../modules/contest/options"

/** Loggers that already got the "no cache module" warning: once per application, not per request (a cache). */
const warnedLoggerCache = new WeakSet<object>()

/**
 * Fixed-window limits on entries per customer and per IP address, counted in
 * Medusa's cache module (Redis in production, so every server shares a count)
 * with each read-increment-write under the locking module's lock. A request is
 * charged to every counter only when none is used up. Keys are HMACs: no
 * customer id or IP address is stored in the cache.
 */
async function consume(req: AuthenticatedMedusaRequest, checks: { key: string; limit: RateLimitOption }[]): Promise<number> {
  const cache = req.scope.resolve<ICacheService | undefined>(Modules.CACHE, { allowUnregistered: true })
  if (!cache) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    if (!warnedLoggerCache.has(logger)) {
      warnedLoggerCache.add(logger)
      logger.warn("contests: no cache module is registered; entry rate limits are off")
    }
    return 0
  }
  const contest = contestOf(req.scope)
  const now = contest.now().getTime()
  const counters = checks.map(({ key, limit }) => {
    const size = limit.windowSeconds * 1000
    const index = Math.floor(now / size)
    return { cacheKey: `contests:rate:${contest.sign(key).slice(0, 32)}:${index}`, limit: limit.limit, endsAt: (index + 1) * size }
  })
  const ttl = (endsAt: number) => Math.max(1, Math.ceil((endsAt - now) / 1000))
  const charge = async () => {
    const counts = await Promise.all(counters.map(async (c) => Number((await cache.get<number>(c.cacheKey)) ?? 0)))
    const exhausted = counters.filter((c, i) => counts[i] >= c.limit)
    if (exhausted.length) return ttl(Math.max(...exhausted.map((c) => c.endsAt)))
    await Promise.all(counters.map((c, i) => cache.set(c.cacheKey, counts[i] + 1, ttl(c.endsAt))))
    return 0
  }
  try {
    return await req.scope.resolve(Modules.LOCKING).execute(counters.map((c) => `lock:${c.cacheKey}`).sort(), charge, { timeout: 5 })
  } catch (e: unknown) {
    if (/acquir/i.test(String((e as Error)?.message))) return 1
    throw e
  }
}

/** 429 with Retry-After once the customer's or the IP address's entry window is used up. */
export async function limitEntries(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let retry: number
  try {
    const o = contestOf(req.scope).getOptions()
    retry = await consume(req, [
      { key: `customer:${req.auth_context?.actor_id}`, limit: o.entryRateLimitCustomer },
      { key: `ip:${req.ip ?? "unknown"}`, limit: o.entryRateLimitIp },
    ])
  } catch (e) {
    return next(e)
  }
  if (!retry) return next()
  res.setHeader("Retry-After", String(retry))
  res.status(429).json({ type: "too_many_requests", message: `Too many contest entries; try again in ${retry} seconds` })
}
