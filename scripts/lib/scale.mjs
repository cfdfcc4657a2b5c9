// Scale tier: the built shop as 2 servers + workers on one fresh database and one Redis database
// (SOFTSHOP_TEST_SCALE_REDIS_URL, default redis://localhost:6379/14, flushed before and after).
// This prepares what every instance shares (database, seed, build); the specs in
// integration-tests/scale/ start the fake MultiSafepay and start, kill and restart the instances.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { buildApp, migrateAndSeed } from "./app.mjs"
import { buildDatabaseUrl } from "./db.mjs"
import { dropDatabase, recreateDatabase } from "./e2e.mjs"
import { withLock } from "./lock.mjs"
import { DATA_DIR } from "./paths.mjs"
import { releaseHash } from "./release.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")

async function onPostgres(parts, fn) {
  const client = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * A migrated and seeded template database named by the hash of everything migrations and the seed depend on
 * (scripts/lib/release.mjs), kept between runs: each run clones it (CREATE DATABASE … TEMPLATE, a second or
 * two) instead of migrating and seeding (minutes on a loaded machine). The seed's output (shop.json) is kept
 * in the template itself. Older templates are dropped.
 */
async function seededDatabase({ parts, database, env, log }) {
  const hash = releaseHash({ ...process.env, ...env, SOFTSHOP_DATA_DIR: "scale" }).slice(0, 16)
  const template = `softshop_scale_tpl_${hash}`
  const exists = await onPostgres(parts, async (c) => (await c.query("select 1 from pg_database where datname = $1", [template])).rowCount > 0)
  if (!exists) {
    await onPostgres(parts, async (c) => {
      const old = await c.query("select datname from pg_database where datname like 'softshop_scale_tpl_%'")
      for (const r of old.rows) await c.query(`drop database if exists ${c.escapeIdentifier(r.datname)} with (force)`).catch(() => undefined)
    })
    const building = `${template}_${process.pid}`
    await recreateDatabase(parts, building)
    const seedDir = fs.mkdtempSync(path.join(DATA_DIR, "scale-seed-"))
    try {
      await migrateAndSeed({ env: { ...env, DATABASE_URL: buildDatabaseUrl({ ...parts, database: building }), SOFTSHOP_DATA_DIR: seedDir }, log })
      const seeded = fs.readFileSync(path.join(seedDir, "shop.json"), "utf8")
      const c = new Client({ ...parts, password: parts.password || undefined, database: building })
      await c.connect()
      await c.query("create table softshop_scale_seed (shop jsonb not null)")
      await c.query("insert into softshop_scale_seed (shop) values ($1)", [seeded])
      await c.end()
    } finally {
      fs.rmSync(seedDir, { recursive: true, force: true })
    }
    // Renamed only when complete: a run killed halfway leaves no half-seeded template.
    await onPostgres(parts, async (c) => {
      await c.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [building])
      await c.query(`alter database ${c.escapeIdentifier(building)} rename to ${c.escapeIdentifier(template)}`)
    })
  } else {
    log(`cloning the migrated and seeded template ${template}`)
  }
  await onPostgres(parts, async (c) => {
    await c.query(`drop database if exists ${c.escapeIdentifier(database)} with (force)`)
    await c.query(`create database ${c.escapeIdentifier(database)} template ${c.escapeIdentifier(template)}`)
  })
  const c = new Client({ ...parts, password: parts.password || undefined, database })
  await c.connect()
  const { rows } = await c.query("select shop from softshop_scale_seed")
  await c.end()
  return rows[0].shop
}

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
    const seeded = await seededDatabase({ parts: db.parts, database, env: appEnv, log })
    await buildApp({ log })
    log(`scale tier prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s (database, seed, build)`)
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
  } catch (e) {
    for (const f of fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((f) => f.endsWith(".log")) : []) {
      log(`last lines of ${f}:\n${fs.readFileSync(path.join(dataDir, f), "utf8").split("\n").slice(-30).join("\n")}`)
    }
    throw e
  } finally {
    await redis.flushdb().catch(() => undefined)
    redis.disconnect()
    fs.rmSync(dataDir, { recursive: true, force: true })
    await dropDatabase(db.parts, database)
  }
}
