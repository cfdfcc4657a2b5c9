// Scale tier: the built shop as 2 servers + workers on one fresh database and one Redis database
// (SOFTSHOP_TEST_SCALE_REDIS_URL, default redis://localhost:6379/14, flushed before and after).
// This prepares what every instance shares (database, seed, build); the specs in
// integration-tests/scale/ start the fake MultiSafepay and start, kill and restart the instances.
import fs from "node:fs"
import path from "node:path"
import { buildApp, migrateAndSeed } from "./app.mjs"
import { buildDatabaseUrl } from "./db.mjs"
import { dropDatabase, recreateDatabase } from "./e2e.mjs"
import { withLock } from "./lock.mjs"
import { DATA_DIR } from "./paths.mjs"

export const scaleRedisUrl = () => process.env.SOFTSHOP_TEST_SCALE_REDIS_URL ?? "redis://localhost:6379/14"

/** A connected ioredis client, or undefined when no Redis answers. */
export async function redisOrNothing(url) {
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.ping()
    return redis
  } catch {
    redis.disconnect()
    return undefined
  }
}

/** The built shop in .medusa/server is shared with the e2e tier: the same lock, one run at a time. */
export function runScale(args) {
  return withLock("e2e-app", () => runScaleUnlocked(args), { log: args.log })
}

async function runScaleUnlocked({ db, env, log, jestTier }) {
  const url = scaleRedisUrl()
  const redis = await redisOrNothing(url)
  if (!redis) {
    log(`no Redis answers on ${url}; the scale tier is not run`)
    return
  }
  const database = `softshop_scale_${process.pid}`
  const dataDir = path.join(DATA_DIR, `scale-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  await recreateDatabase(db.parts, database)
  await redis.flushdb()
  // The seed enables MultiSafepay on the region when a key is set; the specs' fake uses the same key.
  const mspKey = "scale-msp-key-0123456789abcdefghij"
  const appEnv = {
    MULTISAFEPAY_API_KEY: mspKey,
    MULTISAFEPAY_ENVIRONMENT: "test",
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
  }
  try {
    const t0 = Date.now()
    await migrateAndSeed({ env: appEnv, log })
    await buildApp({ log })
    log(`scale tier prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s (database, seed, build)`)
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    await jestTier("scale", {
      ...env,
      SCALE_DATABASE_URL: appEnv.DATABASE_URL,
      SCALE_REDIS_URL: url,
      SCALE_DATA_DIR: dataDir,
      SCALE_MSP_API_KEY: mspKey,
      SCALE_ADMIN_EMAIL: seeded.admin_email,
      SCALE_ADMIN_PASSWORD: seeded.admin_password,
      SCALE_PUBLISHABLE_KEY: seeded.publishable_key,
      SCALE_REGION_ID: seeded.region_id,
    })
  } finally {
    await redis.flushdb().catch(() => undefined)
    redis.disconnect()
    fs.rmSync(dataDir, { recursive: true, force: true })
    await dropDatabase(db.parts, database)
  }
}
