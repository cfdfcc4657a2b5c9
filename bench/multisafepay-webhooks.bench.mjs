#!/usr/bin/env node
// Webhook benchmark for @softshop/medusa-payment-multisafepay.
//   node bench/multisafepay-webhooks.bench.mjs   (MSP_BENCH_ORDERS=50 by default to stay near 3 minutes on
//   2 shared cores; the issue's figure is MSP_BENCH_ORDERS=2000, MSP_BENCH_COPIES=10)
// Boots the built shop against the fake MultiSafepay on its own database, prepares N paid checkouts,
// then delivers each order's signed notification COPIES times concurrently to
// /hooks/payment/multisafepay_multisafepay and checks: exactly one order, one payment and one capture
// per checkout. Baseline, same run, same shop: the same number of POSTs to Medusa's
// /hooks/payment/system_default (the built-in provider, whose webhook handler does nothing).
// Prints notifications/s and p95 latency of both, their ratio, and the end-to-end settle time.
import { createRequire } from "node:module"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { buildDatabaseUrl, ensureDatabase, resolveDatabase } from "../scripts/lib/db.mjs"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "../scripts/lib/app.mjs"
import { buildStalePlugins } from "../scripts/lib/build.mjs"
import { DATA_DIR } from "../scripts/lib/paths.mjs"

const require = createRequire(import.meta.url)
const { startFakeMultiSafepay, signNotification } = require("../integration-tests/fakes/multisafepay/server.js")

const ORDERS = Number(process.env.MSP_BENCH_ORDERS ?? 50)
const COPIES = Number(process.env.MSP_BENCH_COPIES ?? 10)
const PREP_CONCURRENCY = 8
const SEND_CONCURRENCY = 50
const API_KEY = "msp-bench-key-0123456789abcdefghijklmnop"
const log = (m) => console.log(`[bench:msp] ${m}`)

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

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
  let shop
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

    // One customer, N checkouts paid at MultiSafepay whose notifications we deliver ourselves.
    log(`Preparing ${ORDERS} checkouts ...`)
    const email = `bench-${Date.now()}@example.nl`
    const reg = await call("POST", "/auth/customer/emailpass/register", { email, password: "Geheim-123!" }, { "content-type": "application/json" })
    await call("POST", "/store/customers", { email, first_name: "Bench", last_name: "Klant" }, { ...pk, authorization: `Bearer ${reg.token}` })
    const login = await call("POST", "/auth/customer/emailpass", { email, password: "Geheim-123!" }, { "content-type": "application/json" })
    const auth = { ...pk, authorization: `Bearer ${login.token}` }
    const { products } = await call("GET", "/store/products?limit=1&fields=variants.id", undefined, auth)
    const { regions } = await call("GET", "/store/regions", undefined, auth)
    const checkouts = []
    await pool(Array.from({ length: ORDERS }, (_, i) => i), PREP_CONCURRENCY, async () => {
      const { cart } = await call("POST", "/store/carts", { region_id: regions[0].id }, auth)
      await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }, auth)
      await call("POST", `/store/carts/${cart.id}`, {
        shipping_address: { first_name: "Bench", last_name: "Klant", address_1: "Kerkstraat 1", city: "Utrecht", postal_code: "3511 AB", country_code: "nl" },
      }, auth)
      const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, auth)
      await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, auth)
      const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, auth)
      const { payment_collection: pc } = await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_multisafepay_multisafepay", data: { gateway: "IDEAL" } }, auth)
      const orderId = pc.payment_sessions[0].data.order_id
      await fake.pay(orderId, "success", { skip: true })
      checkouts.push({ cartId: cart.id, sessionId: pc.payment_sessions[0].id, orderId })
    })

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
        const body = JSON.stringify({ ...fake.order(co.orderId), _internal: undefined, payment_url: undefined })
        requests.push({ url: `${backend}/hooks/payment/multisafepay_multisafepay?transactionid=${co.orderId}&timestamp=${ts}`, headers: { "content-type": "application/json", auth: signNotification(API_KEY, String(ts), body) }, body })
      }
    }
    const settleStart = performance.now()
    const msp = await blast(requests)

    // Wait until every checkout became an order (or 120 s), then count transitions in the database.
    const { Client } = (await import("@medusajs/framework/pg")).default
    const client = new Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    const sessions = checkouts.map((c) => c.sessionId)
    const carts = checkouts.map((c) => c.cartId)
    let orders = 0
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      const r = await client.query("select count(distinct cart_id)::int as n from order_cart where cart_id = any($1) and deleted_at is null", [carts])
      orders = r.rows[0].n
      if (orders === ORDERS) break
      await new Promise((r) => setTimeout(r, 250))
    }
    const settleSecs = (performance.now() - settleStart) / 1000
    await new Promise((r) => setTimeout(r, 2000)) // late duplicates still in flight
    const perCart = await client.query("select cart_id, count(*)::int as n from order_cart where cart_id = any($1) and deleted_at is null group by cart_id having count(*) <> 1", [carts])
    const perSession = await client.query("select payment_session_id, count(*)::int as n from payment where payment_session_id = any($1) and deleted_at is null group by payment_session_id having count(*) <> 1", [sessions])
    const captures = await client.query("select p.id, count(c.id)::int as n from payment p left join capture c on c.payment_id = p.id and c.deleted_at is null where p.payment_session_id = any($1) and p.deleted_at is null group by p.id having count(c.id) <> 1", [sessions])
    await client.end()

    const exactlyOnce = orders === ORDERS && !perCart.rowCount && !perSession.rowCount && !captures.rowCount
    console.log("")
    console.log(`MultiSafepay webhooks: ${ORDERS} orders x ${COPIES} concurrent copies = ${total} notifications`)
    console.log(`  /hooks/payment/multisafepay_multisafepay  ${msp.perSecond.toFixed(0)} notifications/s  p95 ${msp.p95.toFixed(1)} ms  (non-OK answers: ${msp.bad})`)
    console.log(`  baseline /hooks/payment/system_default    ${baseline.perSecond.toFixed(0)} notifications/s  p95 ${baseline.p95.toFixed(1)} ms  (non-OK answers: ${baseline.bad})`)
    console.log(`  ratio (multisafepay / baseline)           throughput ${(msp.perSecond / baseline.perSecond).toFixed(2)}x  p95 ${(msp.p95 / baseline.p95).toFixed(2)}x`)
    console.log(`  orders placed: ${orders}/${ORDERS} after ${settleSecs.toFixed(1)} s (${(orders / settleSecs).toFixed(2)} orders/s end to end)`)
    console.log(`  exactly one order, one payment and one capture per checkout: ${exactlyOnce ? "yes" : `NO (carts ${perCart.rowCount}, sessions ${perSession.rowCount}, captures ${captures.rowCount})`}`)
    if (!exactlyOnce) process.exitCode = 1
  } finally {
    await stopChild(shop)
    await fake.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    const { Client } = (await import("@medusajs/framework/pg")).default
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
