import { randomUUID } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { RepeatGuard } from "../providers/multisafepay/core/notifications"

/** What Medusa's locking providers (in-memory, Redis) throw when another owner holds the key. */
const HELD = /^Failed to acquire lock for key/

/**
 * A repeat guard on Medusa's locking module: a claim is a lock on the transition's key that lapses after
 * `webhookDedupeSeconds` (never released on success, so later copies find it held). With the Redis locking
 * provider it holds across every server and worker; with the in-memory one, within this process. Any other
 * locking failure (Redis unreachable) is thrown, so the event fails and is retried instead of being dropped
 * as a repeat.
 */
export function lockingRepeatGuard(container: MedusaContainer): RepeatGuard | undefined {
  if (!container.hasRegistration(Modules.LOCKING)) return undefined
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = `multisafepay-notification-${randomUUID()}`
  return {
    async claim(key, ttlSeconds) {
      try {
        await locking.acquire(key, { ownerId, expire: ttlSeconds })
        return true
      } catch (e) {
        if (HELD.test((e as Error)?.message ?? "")) return false
        throw e
      }
    },
    async release(key) {
      await locking.release(key, { ownerId })
    },
  }
}
