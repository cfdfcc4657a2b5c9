// Browser tests: a freshly migrated and seeded database, the built shop
// (admin dashboard included) on its own port, and jest driving Chromium.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "./app.mjs"
import { buildDatabaseUrl } from "./db.mjs"
import { DATA_DIR } from "./paths.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)
  return candidates.find((p) => fs.existsSync(p))
}

async function recreateDatabase(parts, name) {
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

export async function runE2E({ db, env, log, chromium, jestTier }) {
  const database = `softshop_e2e_${process.pid}`
  const port = Number(process.env.E2E_PORT ?? 9123)
  const dataDir = path.join(DATA_DIR, "e2e")
  fs.rmSync(dataDir, { recursive: true, force: true })
  await recreateDatabase(db.parts, database)
  const appEnv = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
  }
  let shop
  try {
    await migrateAndSeed({ env: appEnv, log })
    await buildApp({ log })
    const logFile = path.join(dataDir, "server.log")
    const out = fs.openSync(logFile, "a")
    shop = startBuiltShop({ env: appEnv, stdio: ["ignore", out, out] })
    await waitForHealth(appEnv.MEDUSA_BACKEND_URL, shop)
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    await jestTier("e2e", {
      ...env,
      CHROMIUM_PATH: chromium,
      E2E_BASE_URL: appEnv.MEDUSA_BACKEND_URL,
      E2E_DATABASE_URL: appEnv.DATABASE_URL,
      E2E_ADMIN_EMAIL: seeded.admin_email,
      E2E_ADMIN_PASSWORD: seeded.admin_password,
      E2E_PUBLISHABLE_KEY: seeded.publishable_key,
    })
  } finally {
    await stopChild(shop)
    const client = new Client({ ...db.parts, password: db.parts.password || undefined, database: "postgres" })
    await client.connect()
    await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`).catch(() => undefined)
    await client.end()
  }
}
