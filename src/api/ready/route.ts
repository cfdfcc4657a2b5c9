import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Readiness for a load balancer: 200 when this instance can serve (its
 * PostgreSQL answers, and its Redis when REDIS_URL is set), else 503 naming
 * what is down. 503 as soon as the instance is shutting down (SIGTERM), so the
 * balancer drains it while Medusa finishes the requests in flight.
 * Liveness is Medusa's own `GET /health` (the process answers at all).
 */
let draining = false
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => (draining = true))

const CHECK_TIMEOUT_MS = 2000

async function check(fn: () => Promise<unknown>): Promise<"ok" | string> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS))),
    ])
    return "ok"
  } catch (e) {
    return `down (${(e as Error).name}: ${(e as Error).message.slice(0, 120)})`
  } finally {
    clearTimeout(timer)
  }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const checks: Record<string, string> = {}
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  checks.database = await check(() => pg.raw("select 1"))
  if (process.env.REDIS_URL) {
    // Through Medusa's Redis cache module: a write and a read of a short-lived key.
    const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
    checks.redis = await check(async () => {
      const value = String(Date.now())
      await cache.set("softshop:ready", value, 10)
      if ((await cache.get<string>("softshop:ready")) === null) throw new Error("cache read back nothing")
    })
  } else {
    checks.redis = "not configured"
  }
  if (draining) checks.instance = "shutting down"
  const ready = !draining && Object.values(checks).every((v) => v === "ok" || v === "not configured")
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not_ready", checks })
}
