import { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import type { RateLimitOption } from "../modules/privacy/options"
import { runExclusive } from "./lock"

/** One counter to charge: `key` names the subject (customer, visitor, IP); it is hashed before it is stored. */
export type RateLimitCheck = { key: string; limit: RateLimitOption }

/** The fixed window `now` falls in: its number and when it ends (ms). */
export function windowOf(nowMs: number, windowSeconds: number) {
  const size = windowSeconds * 1000
  const index = Math.floor(nowMs / size)
  return { index, endsAt: (index + 1) * size }
}

/** Whole seconds until `endsAt`, at least 1 (a Retry-After of 0 invites an immediate retry). */
export const secondsUntil = (nowMs: number, endsAt: number) => Math.max(1, Math.ceil((endsAt - nowMs) / 1000))

/** Loggers that already got the "no cache module" warning: once per application, not per request (a cache). */
const warnedLoggerCache = new WeakSet<object>()

function countersOf(privacy: PrivacyModuleService, bucket: string, checks: RateLimitCheck[], now: number) {
  return checks.map(({ key, limit }) => {
    const w = windowOf(now, limit.windowSeconds)
    return { cacheKey: `privacy:rate:${bucket}:${privacy.hash(`${bucket}:${key}`).slice(0, 32)}:${w.index}`, limit: limit.limit, endsAt: w.endsAt }
  })
}

/**
 * Charges one request to every counter, or none when any is used up. Returns 0 when the request may go
 * ahead, else the seconds until the first exhausted window reopens.
 *
 * The counters live in Medusa's cache module (in-memory, or Redis so that every server process shares
 * them) and each read-increment-write runs under the locking module's lock on the same keys (Redis
 * locking in production), so two processes cannot both read 4 and write 5. Keys are HMACs: no IP
 * address, visitor id or customer id is stored in the cache.
 */
export async function consumeRateLimits(container: MedusaContainer, bucket: string, checks: RateLimitCheck[]): Promise<number> {
  const cache = container.resolve<ICacheService | undefined>(Modules.CACHE, { allowUnregistered: true })
  if (!cache) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    if (!warnedLoggerCache.has(logger)) {
      warnedLoggerCache.add(logger)
      logger.warn("privacy: no cache module is registered; rate limits are off")
    }
    return 0
  }
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const now = privacy.now().getTime()
  const counters = countersOf(privacy, bucket, checks, now)
  // One order for every caller, so two requests that share a key never wait on each other crosswise.
  const lockKeys = counters.map((c) => `lock:${c.cacheKey}`).sort()
  const charge = async () => {
    const counts = await Promise.all(counters.map(async (c) => Number((await cache.get<number>(c.cacheKey)) ?? 0)))
    const exhausted = counters.filter((c, i) => counts[i] >= c.limit)
    if (exhausted.length) return secondsUntil(now, Math.max(...exhausted.map((c) => c.endsAt)))
    // Not a business write (issue 16 exception): a rate-limit counter in Medusa's cache, expiring with its window.
    await Promise.all(counters.map((c, i) => cache.set(c.cacheKey, counts[i] + 1, secondsUntil(now, c.endsAt))))
    return 0
  }
  const run = await runExclusive(container.resolve(Modules.LOCKING), lockKeys, charge, { timeout: 5 })
  // Only a flood on one key keeps its lock busy for seconds: treat it like one (told apart by whether the charge
  // started, not by the provider's wording of its time-out).
  return run.ok ? run.value : 1
}

/**
 * Gives back one request charged by `consumeRateLimits` in the same window (the login limit counts only
 * failed attempts: it charges before the attempt, so parallel guesses cannot overtake the limit, and
 * refunds a success). Same lock as charging.
 */
export async function refundRateLimits(container: MedusaContainer, bucket: string, checks: RateLimitCheck[]): Promise<void> {
  const cache = container.resolve<ICacheService | undefined>(Modules.CACHE, { allowUnregistered: true })
  if (!cache) return
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const now = privacy.now().getTime()
  const counters = countersOf(privacy, bucket, checks, now)
  const refund = async () => {
    for (const c of counters) {
      const count = Number((await cache.get<number>(c.cacheKey)) ?? 0)
      // Not a business write (issue 16 exception): the refund of a rate-limit counter in Medusa's cache.
      if (count > 0) await cache.set(c.cacheKey, count - 1, secondsUntil(now, c.endsAt))
    }
  }
  await container.resolve(Modules.LOCKING).execute(counters.map((c) => `lock:${c.cacheKey}`).sort(), refund, { timeout: 5 })
}
