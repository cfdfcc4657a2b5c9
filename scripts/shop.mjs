#!/usr/bin/env node
// Runs the Softshop shop with one command.
//   npm start      build what is stale, then serve the built shop (admin included)
//   npm run dev    medusa develop, restarted whenever a plugin is rebuilt
// Without DATABASE_URL it runs on an embedded PostgreSQL under .data/pg.
import crypto from "node:crypto"
import { spawn } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { buildDatabaseUrl, ensureDatabase, resolveDatabase } from "./lib/db.mjs"
import { buildApp, migrateAndSeed, startBuiltShop, waitForHealth } from "./lib/app.mjs"
import { buildPlugin, buildStalePlugins, listPlugins } from "./lib/build.mjs"
import { loadDotEnv } from "./lib/env.mjs"
import { buildStaleStorefront, serveStorefront } from "./lib/storefront.mjs"
import { DATA_DIR, MEDUSA_BIN, ROOT } from "./lib/paths.mjs"

const require = createRequire(import.meta.url)
const dev = process.argv.includes("--dev")
const log = (msg) => console.log(`[softshop] ${msg}`)

loadDotEnv(path.join(ROOT, ".env"))
fs.mkdirSync(DATA_DIR, { recursive: true })

/** Secrets are generated once per checkout unless given in the environment. */
function ensureSecrets() {
  const file = path.join(DATA_DIR, "secrets.json")
  const saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  for (const key of ["JWT_SECRET", "COOKIE_SECRET", "SOFTSHOP_TOKEN_SECRET"]) {
    if (!process.env[key]) process.env[key] = saved[key] ??= crypto.randomBytes(32).toString("hex")
  }
  // AES-256 keys of the repairs plugin (backup stores at rest, device passwords): 32 bytes, base64.
  for (const key of ["REPAIRS_BACKUP_KEY_A", "REPAIRS_BACKUP_KEY_B", "REPAIRS_CREDENTIAL_KEY", "REPAIRS_TRACKING_SECRET"]) {
    if (!process.env[key]) process.env[key] = saved[key] ??= crypto.randomBytes(32).toString("base64")
  }
  fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 })
}

function printBanner(backendUrl, storefrontUrl) {
  const shop = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "shop.json"), "utf8"))
  const mail = process.env.SMTP_HOST
    ? `sent through ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? 587}`
    : `written as .eml files to ${path.relative(ROOT, path.join(DATA_DIR, "mail"))}/`
  console.log(
    [
      "",
      "  Softshop is ready.",
      ...(storefrontUrl ? [`  Storefront      ${storefrontUrl}`] : []),
      `  Store API       ${backendUrl}/store   (header x-publishable-api-key: ${shop.publishable_key})`,
      `  Admin           ${backendUrl}/app`,
      `  Admin login     ${shop.admin_email} / ${shop.admin_password}`,
      `  Try it          curl -H 'x-publishable-api-key: ${shop.publishable_key}' ${backendUrl}/store/products`,
      `  Mail            ${mail}`,
      process.env.MULTISAFEPAY_API_URL?.startsWith("http://127.0.0.1") || process.env.MULTISAFEPAY_API_URL?.startsWith("http://localhost")
        ? `  Payments        fake MultiSafepay on ${process.env.MULTISAFEPAY_API_URL} (test payment page; set MULTISAFEPAY_API_KEY for the real one)`
        : `  Payments        MultiSafepay (${process.env.MULTISAFEPAY_ENVIRONMENT ?? "test"})`,
      "",
    ].join("\n")
  )
}

async function main() {
  ensureSecrets()
  const db = await resolveDatabase({ log })
  const stopDb = db.stop
  let fakeMsp
  let storefront
  const cleanup = async () => {
    await storefront?.close()
    await fakeMsp?.close()
    await stopDb()
  }
  process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
  process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

  // No MultiSafepay account: a local fake with a test payment page, so a whole
  // checkout can be clicked through. It must run before the seed enables the provider.
  if (!process.env.MULTISAFEPAY_API_KEY) {
    const { startFakeMultiSafepay } = require("../integration-tests/fakes/multisafepay/server.js")
    const backend = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`
    fakeMsp = await startFakeMultiSafepay({
      port: Number(process.env.FAKE_MSP_PORT ?? 9101),
      apiKey: "softshop-fake-msp-key",
      notificationUrl: `${backend}/hooks/payment/multisafepay_multisafepay`,
      retryDelayMs: 15000,
      // Its orders outlive restarts of `npm start`, as MultiSafepay's do (refund/sync of earlier orders).
      dataFile: path.join(DATA_DIR, "fake-msp", "orders.json"),
    })
    Object.assign(process.env, {
      MULTISAFEPAY_API_KEY: fakeMsp.apiKey,
      MULTISAFEPAY_API_URL: fakeMsp.apiUrl,
      MULTISAFEPAY_ENVIRONMENT: "test",
    })
  }

  const databaseUrl = buildDatabaseUrl({ ...db.parts, database: db.database })
  process.env.DATABASE_URL = databaseUrl
  process.env.SOFTSHOP_DATA_DIR = DATA_DIR
  if (await ensureDatabase(db.parts, db.database)) log(`Created database ${db.database}.`)

  await buildStalePlugins({ log })
  await buildStaleStorefront({ log })
  await migrateAndSeed({ log, skipWhenUnchanged: true, seedOutput: path.join(DATA_DIR, "shop.json") })

  const port = Number(process.env.PORT ?? 9000)
  const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`
  let child
  const start = () => {
    if (dev) {
      child = spawn(MEDUSA_BIN, ["develop"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "development" } })
    } else {
      child = startBuiltShop()
    }
    child.on("exit", (code) => {
      if (!restarting) cleanup().then(() => process.exit(code ?? 1))
    })
    return child
  }
  let restarting = false

  if (!dev) await buildApp({ log })
  start()
  // Ready means this instance answers on its own port, not whatever serves the public URL.
  await waitForHealth(`http://127.0.0.1:${port}`, child)
  // The storefront on STOREFRONT_URL's port (the shop's store CORS and payment redirects name that URL).
  const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  const shopInfo = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "shop.json"), "utf8"))
  try {
    storefront = await serveStorefront({
      port: Number(new URL(storefrontUrl).port || 80),
      backendUrl,
      publishableKey: shopInfo.publishable_key,
      regionId: shopInfo.region_id,
    })
  } catch (e) {
    log(`The storefront could not listen on ${storefrontUrl}: ${e.message}`)
  }
  printBanner(backendUrl, storefront ? storefrontUrl : undefined)

  if (dev) watchPlugins(async (plugin) => {
    try {
      await buildPlugin(plugin, { log })
    } catch (e) {
      log(`Build of ${plugin.name} failed; keeping the running shop.\n${e.message}`)
      return
    }
    log("Restarting medusa develop to load the new plugin build ...")
    restarting = true
    await new Promise((r) => {
      child.once("exit", r)
      child.kill("SIGTERM")
    })
    restarting = false
    start()
  })
}

/**
 * Rebuilds a plugin 400 ms after its last source change (npm run dev). Changes
 * that arrive during a rebuild are queued, so builds and restarts never overlap.
 */
function watchPlugins(onChange) {
  let queue = Promise.resolve()
  const pending = new Set()
  for (const plugin of listPlugins()) {
    let timer
    const src = path.join(plugin.dir, "src")
    if (!fs.existsSync(src)) continue
    fs.watch(src, { recursive: true }, () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        if (pending.has(plugin.name)) return
        pending.add(plugin.name)
        queue = queue.then(async () => {
          pending.delete(plugin.name)
          await onChange(plugin)
        })
      }, 400)
    })
  }
  log("Watching plugins/*/src: a change rebuilds that plugin and restarts the shop.")
}

main().catch((e) => {
  console.error(`[softshop] ${e.message}`)
  process.exit(1)
})
