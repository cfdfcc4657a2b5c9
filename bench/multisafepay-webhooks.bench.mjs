#!/usr/bin/env node
// Webhook benchmark for @softshop/medusa-payment-multisafepay.
//   node bench/multisafepay-webhooks.bench.mjs   (MSP_BENCH_ORDERS=2000, MSP_BENCH_COPIES=10: the issue's size)
// Boots the built shop against the fake MultiSafepay on its own database and prepares ORDERS paid
// checkouts: a handful through the Store API as a storefront makes them, the rest as faithful SQL copies
// of those with their own MultiSafepay orders on the fake (bench/lib/msp-checkouts.mjs). Then it delivers
// each order's signed notification COPIES times concurrently to /hooks/payment/multisafepay_multisafepay
// and checks: exactly one order, one payment and one capture per checkout. Baseline, same run, same shop:
// the same number of POSTs to Medusa's /hooks/payment/system_default (the built-in provider, whose webhook
// handler does nothing). Prints notifications/s and p95 latency of both, their ratio, and the end-to-end
// settle time (first notification sent → last order placed).
import { reportTarget } from "./lib/report.mjs"
import { createRequire } from "node:module"
import fs from "node:fs"
import path from "node:path"
import { buildDatabaseUrl, ensureDatabase, resolveDatabase } from "../scripts/lib/db.mjs"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "../scripts/lib/app.mjs"
import { buildStalePlugins } from "../scripts/lib/build.mjs"
import { freePort } from "../scripts/lib/net.mjs"
import { DATA_DIR } from "../scripts/lib/paths.mjs"
import { copyCheckouts, storefrontCheckout } from "./lib/msp-checkouts.mjs"

const require = createRequire(import.meta.url)
const { startFakeMultiSafepay, signNotification } = require("../integration-tests/fakes/multisafepay/server.js")

const ORDERS = Number(process.env.MSP_BENCH_ORDERS ?? 2000)
const COPIES = Number(process.env.MSP_BENCH_COPIES ?? 10)
/** Checkouts made through the Store API; the others are copies of these. */
const STOREFRONT_CHECKOUTS = Math.min(ORDERS, 5)
/** How long to wait for every order after the last notification was answered. */
const SETTLE_TIMEOUT_MS = Number(process.env.MSP_BENCH_SETTLE_TIMEOUT_S ?? 1200) * 1000
const SEND_CONCURRENCY = 50
const API_KEY = "msp-bench-key-0123456789abcdefghijklmnop"
const log = (m) => console.log(`[bench:msp] ${m}`)

async function pool(items, n, fn) {
  let i = 0
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++])
  }))
}

const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
}

/** POSTs every request with bounded concurrency; returns notifications/s and p95 latency (ms). */
async function blast(requests) {
  const lat = []
  const t0 = performance.now()
  let bad = 0
  await pool(requests, SEND_CONCURRENCY, async (r) => {
    const t = performance.now()
    const res = await fetch(r.url, { method: "POST", headers: r.headers, body: r.body })
    const text = await res.text()
    if (res.status !== 200 || !text.startsWith("OK")) bad++
    lat.push(performance.now() - t)
  })
  const secs = (performance.now() - t0) / 1000
  return { perSecond: requests.length / secs, p95: p95(lat), bad }
}

async function main() {
  const db = await resolveDatabase({ log })
  const database = `softshop_bench_msp_${process.pid}`
  const fake = await startFakeMultiSafepay({ apiKey: API_KEY, retryDelayMs: 50 })
  const port = await freePort()
  const backend = `http://localhost:${port}`
  const dataDir = path.join(DATA_DIR, `bench-msp-${process.pid}`)
  const env = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: backend,
    MULTISAFEPAY_API_KEY: API_KEY,
    MULTISAFEPAY_API_URL: fake.apiUrl,
    PAYMENT_WEBHOOK_DELAY_MS: "1",
    LOG_LEVEL: "error",
  }
  const { Client } = (await import("@medusajs/framework/pg")).default
  let shop
  let client
  try {
    await ensureDatabase(db.parts, database)
    await buildStalePlugins({ log })
    await migrateAndSeed({ env, log })
    await buildApp({ log })
    shop = startBuiltShop({ env, stdio: ["ignore", "ignore", "inherit"] })
    await waitForHealth(backend, shop)
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    const pk = { "x-publishable-api-key": seeded.publishable_key, "content-type": "application/json" }
    const call = async (method, url, body, headers = pk) => {
      const res = await fetch(`${backend}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
      const json = await res.json()
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
      return json
    }

    client = new Client({ connectionString: env.DATABASE_URL })
    await client.connect()

    // One customer; every checkout buys the same variant, so give it stock for all of them (as a merchant
    // would in the admin: the demo seed stocks 25).
    log(`Preparing ${ORDERS} paid checkouts (${STOREFRONT_CHECKOUTS} through the Store API, the rest copied in SQL) ...`)
    const t0 = performance.now()
    const email = `bench-${Date.now()}@example.nl`
    const reg = await call("POST", "/auth/customer/emailpass/register", { email, password: "Geheim-123!" }, { "content-type": "application/json" })
    await call("POST", "/store/customers", { email, first_name: "Bench", last_name: "Klant" }, { ...pk, authorization: `Bearer ${reg.token}` })
    const login = await call("POST", "/auth/customer/emailpass", { email, password: "Geheim-123!" }, { "content-type": "application/json" })
    const auth = { ...pk, authorization: `Bearer ${login.token}` }
    const { products } = await call("GET", "/store/products?limit=1&fields=variants.id,variants.sku", undefined, auth)
    const { regions } = await call("GET", "/store/regions", undefined, auth)
    const variant = products[0].variants[0]
    const adminLogin = await call("POST", "/auth/user/emailpass", { email: seeded.admin_email, password: seeded.admin_password }, { "content-type": "application/json" })
    const admin = { "content-type": "application/json", authorization: `Bearer ${adminLogin.token}` }
    const { inventory_items } = await call("GET", `/admin/inventory-items?sku=${encodeURIComponent(variant.sku)}&fields=id,location_levels.location_id`, undefined, admin)
    for (const level of inventory_items[0].location_levels) {
      await call("POST", `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`, { stocked_quantity: ORDERS + 100 }, admin)
    }
    const templates = []
    for (let i = 0; i < STOREFRONT_CHECKOUTS; i++) {
      templates.push(await storefrontCheckout({ call, auth, regionId: regions[0].id, variantId: variant.id, fake }))
    }
    const copies = await copyCheckouts({ client, fake, templates, count: ORDERS - templates.length })
    const checkouts = [...templates, ...copies]
    if (copies.length) {
      // A copy is a cart like any other to the Store API: same total as its template.
      const { cart: copied } = await call("GET", `/store/carts/${copies.at(-1).cartId}?fields=total`, undefined, auth)
      const { cart: original } = await call("GET", `/store/carts/${templates[(copies.length - 1) % templates.length].cartId}?fields=total`, undefined, auth)
      if (copied.total !== original.total) throw new Error(`copied cart total ${copied.total} differs from its template's ${original.total}`)
    }
    log(`Prepared ${checkouts.length} checkouts in ${((performance.now() - t0) / 1000).toFixed(1)} s.`)

    // Warm both routes up (JIT, connection pool) before measuring either.
    const warm = (p) => ({ url: `${backend}${p}`, headers: { "content-type": "application/json" }, body: "{}" })
    await blast(Array.from({ length: 100 }, () => warm("/hooks/payment/system_default")))
    await blast(Array.from({ length: 100 }, () => warm("/hooks/payment/multisafepay_multisafepay")))

    // Baseline: Medusa's webhook route with the system provider (acknowledges, then does nothing).
    const total = ORDERS * COPIES
    const baseBody = JSON.stringify({ order_id: "noop", status: "completed" })
    const baseline = await blast(Array.from({ length: total }, () => ({ url: `${backend}/hooks/payment/system_default`, headers: { "content-type": "application/json" }, body: baseBody })))

    // MultiSafepay: every order's notification COPIES times, the copies interleaved so they arrive together.
    const ts = Math.floor(Date.now() / 1000)
    const requests = []
    for (let c = 0; c < COPIES; c++) {
      for (const co of checkouts) {
        const body = fake.notificationBody(co.orderId)
        requests.push({ url: `${backend}/hooks/payment/multisafepay_multisafepay?transactionid=${co.orderId}&timestamp=${ts}`, headers: { "content-type": "application/json", auth: signNotification(API_KEY, String(ts), body) }, body })
      }
    }
    const settleStart = performance.now()
    const msp = await blast(requests)
    log(`Acknowledged ${total} MultiSafepay notifications (${msp.perSecond.toFixed(0)}/s; baseline ${baseline.perSecond.toFixed(0)}/s); waiting for the orders ...`)

    // Wait until every checkout became an order, then count transitions in the database.
    const sessions = checkouts.map((c) => c.sessionId)
    const carts = checkouts.map((c) => c.cartId)
    let orders = 0
    const deadline = Date.now() + SETTLE_TIMEOUT_MS
    while (Date.now() < deadline) {
      const r = await client.query("select count(distinct cart_id)::int as n from order_cart where cart_id = any($1) and deleted_at is null", [carts])
      orders = r.rows[0].n
      if (orders === ORDERS) break
      await new Promise((r) => setTimeout(r, 500))
    }
    const settleSecs = (performance.now() - settleStart) / 1000
    await new Promise((r) => setTimeout(r, 2000)) // late duplicates still in flight
    const perCart = await client.query("select cart_id, count(*)::int as n from order_cart where cart_id = any($1) and deleted_at is null group by cart_id having count(*) <> 1", [carts])
    const perSession = await client.query("select payment_session_id, count(*)::int as n from payment where payment_session_id = any($1) and deleted_at is null group by payment_session_id having count(*) <> 1", [sessions])
    const captures = await client.query("select p.id, count(c.id)::int as n from payment p left join capture c on c.payment_id = p.id and c.deleted_at is null where p.payment_session_id = any($1) and p.deleted_at is null group by p.id having count(c.id) <> 1", [sessions])

    const exactlyOnce = orders === ORDERS && !perCart.rowCount && !perSession.rowCount && !captures.rowCount
    console.log("")
    console.log(`MultiSafepay webhooks: ${ORDERS} orders x ${COPIES} concurrent copies = ${total} notifications`)
    console.log(`  /hooks/payment/multisafepay_multisafepay  ${msp.perSecond.toFixed(0)} notifications/s  p95 ${msp.p95.toFixed(1)} ms  (non-OK answers: ${msp.bad})`)
    console.log(`  baseline /hooks/payment/system_default    ${baseline.perSecond.toFixed(0)} notifications/s  p95 ${baseline.p95.toFixed(1)} ms  (non-OK answers: ${baseline.bad})`)
    console.log(`  ratio (multisafepay / baseline)           throughput ${(msp.perSecond / baseline.perSecond).toFixed(2)}x  p95 ${(msp.p95 / baseline.p95).toFixed(2)}x`)
    reportTarget({ bench: "multisafepay-webhooks", figure: "webhook throughput / no-op provider", ratio: msp.perSecond / baseline.perSecond, target: ">= 0.8" })
    console.log(`  orders placed: ${orders}/${ORDERS} after ${settleSecs.toFixed(1)} s (${(orders / settleSecs).toFixed(2)} orders/s end to end)`)
    console.log(`  exactly one order, one payment and one capture per checkout: ${exactlyOnce ? "yes" : `NO (carts ${perCart.rowCount}, sessions ${perSession.rowCount}, captures ${captures.rowCount})`}`)
    if (!exactlyOnce) process.exitCode = 1
  } finally {
    await client?.end().catch(() => undefined)
    await stopChild(shop)
    await fake.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    const c = new Client({ ...db.parts, password: db.parts.password || undefined, database: "postgres" })
    await c.connect()
    await c.query(`drop database if exists "${database}" with (force)`).catch(() => undefined)
    await c.end()
    await db.stop?.()
  }
}

main().catch((e) => {
  console.error(`[bench:msp] ${e.stack ?? e.message}`)
  process.exit(1)
})
