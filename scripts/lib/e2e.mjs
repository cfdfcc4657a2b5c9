// Browser tests: a freshly migrated and seeded database, the built shop
// (admin dashboard included) on its own port, and jest driving Chromium.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "./app.mjs"
import { buildDatabaseUrl } from "./db.mjs"
import { DATA_DIR } from "./paths.mjs"
import { withLock } from "./lock.mjs"
import { freePort } from "./net.mjs"
import { buildStaleStorefront, serveStorefront } from "./storefront.mjs"


const require = createRequire(import.meta.url)
const { startFakeMultiSafepay } = require("../../integration-tests/fakes/multisafepay/server.js")
const { Client } = require("@medusajs/framework/pg")

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)
  return candidates.find((p) => fs.existsSync(p))
}

/** Drops and creates a database (its connections ended first). */
export async function recreateDatabase(parts, name) {
  const client = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await client.connect()
  try {
    await client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [name])
    await client.query(`drop database if exists ${client.escapeIdentifier(name)}`)
    await client.query(`create database ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

/** The built shop in .medusa/server is shared by the checkout: one browser run at a time. */
export function runE2E(args) {
  return withLock("e2e-app", () => runE2EUnlocked(args), { log: args.log })
}

async function runE2EUnlocked({ db, env, log, chromium, jestTier }) {
  const database = `softshop_e2e_${process.pid}`
  const port = Number(process.env.E2E_PORT ?? (await freePort()))
  // The storefront gets its own free port; the shop's CORS, payment redirects and mail links name it.
  const storefrontPort = await freePort()
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const dataDir = path.join(DATA_DIR, `e2e-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  await recreateDatabase(db.parts, database)
  // Payments go to the fake MultiSafepay, whose hosted page the browser tests click through.
  const fakeMsp = await startFakeMultiSafepay({
    apiKey: "e2e-msp-key-0123456789abcdefghij",
    notificationUrl: `http://localhost:${port}/hooks/payment/multisafepay_multisafepay`,
    retryDelayMs: 500,
  })
  const appEnv = {
    MULTISAFEPAY_API_KEY: fakeMsp.apiKey,
    MULTISAFEPAY_API_URL: fakeMsp.apiUrl,
    MULTISAFEPAY_ENVIRONMENT: "test",
    PAYMENT_WEBHOOK_DELAY_MS: "1",
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    STOREFRONT_URL: storefrontUrl,
  }
  let shop
  let storefront
  try {
    await migrateAndSeed({ env: appEnv, log })
    await buildApp({ log })
    await buildStaleStorefront({ log })
    const logFile = path.join(dataDir, "server.log")
    const out = fs.openSync(logFile, "a")
    shop = startBuiltShop({ env: appEnv, stdio: ["ignore", out, out] })
    await waitForHealth(appEnv.MEDUSA_BACKEND_URL, shop)
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    storefront = await serveStorefront({
      port: storefrontPort,
      host: "127.0.0.1",
      backendUrl: appEnv.MEDUSA_BACKEND_URL,
      publishableKey: seeded.publishable_key,
      regionId: seeded.region_id,
    })
    await jestTier("e2e", {
      ...env,
      CHROMIUM_PATH: chromium,
      E2E_BASE_URL: appEnv.MEDUSA_BACKEND_URL,
      E2E_DATABASE_URL: appEnv.DATABASE_URL,
      E2E_ADMIN_EMAIL: seeded.admin_email,
      E2E_ADMIN_PASSWORD: seeded.admin_password,
      E2E_PUBLISHABLE_KEY: seeded.publishable_key,
      E2E_STOREFRONT_URL: storefrontUrl,
      E2E_DATA_DIR: dataDir,
    })
  } catch (e) {
    const logFile = path.join(dataDir, "server.log")
    if (fs.existsSync(logFile)) log(`last lines of the shop's log:\n${fs.readFileSync(logFile, "utf8").split("\n").slice(-60).join("\n")}`)
    throw e
  } finally {
    await storefront?.close()
    await stopChild(shop)
    await fakeMsp.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    await dropDatabase(db.parts, database)
  }
}

export async function dropDatabase(parts, name) {
  const client = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await client.connect()
  await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`).catch(() => undefined)
  await client.end()
}
