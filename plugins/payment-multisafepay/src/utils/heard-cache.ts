import { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { HeardStore } from "../providers/multisafepay/core/notifications"

/**
 * The notifications already handed over, in Medusa's cache module (Redis in production, so every server of
 * the shop sees them): copies are acknowledged without a hand-over. Only a shortcut — a cache that is
 * empty, evicted or down hands a copy over, and the locking module's claim and Medusa's idempotent payment
 * workflow keep it to one order. Without a cache module: undefined (this process's memory only).
 */
export function cacheHeardStore(container: MedusaContainer): HeardStore | undefined {
  if (!container.hasRegistration(Modules.CACHE)) return undefined
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  return {
    has: async (key) => (await cache.get(key)) != null,
    add: (key, ttlSeconds) => cache.set(key, 1, ttlSeconds),
    remove: (key) => cache.invalidate(key),
  }
}
