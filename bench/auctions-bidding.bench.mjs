#!/usr/bin/env node
// Bidding throughput of @softshop/medusa-auctions, measured in the same run on the same shop:
//   node bench/auctions-bidding.bench.mjs   (BENCH_BIDS_PER_BIDDER=20)
//   BENCH_CPU_PROF=<dir>: the shop (with BENCH_SPLIT=1 the server) runs with --cpu-prof and writes its CPU profile there on exit.
//   BENCH_SPLIT=1: the production topology instead of one shared process: a server (MEDUSA_WORKER_MODE=server,
//   HTTP only) and a worker (subscribers and jobs, so the outbid mails) on Medusa's Redis modules
//   (BENCH_REDIS_URL, default redis://localhost:6379/13, flushed before and after). All scenarios hit the server.
// Scenarios, 32 concurrent clients each: (a) every bid on one lot, (b) bids spread
// over 100 lots, (c) Medusa's own GET /store/products/:id (a plain read: the bar a
// bid should beat), (d) the physical limit: the same row lock + bid insert + lot
// update as raw SQL from this process (32 pooled connections, scratch lots in the
// same database). Prints req/s, p50, p95, p99 and the ratios to (c) and (d), and
// checks every bid request against the stored bid rows: none lost, none duplicated.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import { createRequire } from "node:module"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "../scripts/lib/app.mjs"
import { buildDatabaseUrl, resolveDatabase } from "../scripts/lib/db.mjs"
import { buildStalePlugins } from "../scripts/lib/build.mjs"
import { reportTarget } from "./lib/report.mjs"
import { redisOrNothing } from "../scripts/lib/scale.mjs"
import { spawn } from "node:child_process"
import { MEDUSA_BIN, ROOT } from "../scripts/lib/paths.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")
const CLIENTS = 32
const PER_CLIENT = Number(process.env.BENCH_BIDS_PER_BIDDER ?? 20)
const log = (m) => console.log(`[bench:auctions] ${m}`)

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })

async function admin(parts, sql, params) {
  const c = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await c.connect()
  try {
    await c.query(sql, params)
  } finally {
    await c.end()
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

/** Runs `perClient` requests in each of CLIENTS loops at once; returns rate and latencies. */
async function measure(name, fn, perClient = PER_CLIENT) {
  const latencies = []
  const results = []
  const t0 = performance.now()
  const hr0 = Number(process.hrtime.bigint())
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < perClient; i++) {
        const s = performance.now()
        results.push(await fn(c, i))
        latencies.push(performance.now() - s)
      }
    })
  )
  const seconds = (performance.now() - t0) / 1000
  // With BENCH_CPU_PROF: the phase on the monotonic clock the shop's CPU profile uses (µs), to cut it per phase.
  if (process.env.BENCH_CPU_PROF) log(`${name}: monotonic µs ${Math.round(hr0 / 1000)}–${Math.round(Number(process.hrtime.bigint()) / 1000)}`)
  const row = { name, requests: latencies.length, per_second: latencies.length / seconds, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99) }
  log(`${name}: ${row.per_second.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`)
  return { row, results }
}

/** Waits until Medusa's notification rows stop changing for 2 s (at most 120 s): the subscriber's backlog is done. */
async function settleNotifications(databaseUrl) {
  const c = new Client({ connectionString: databaseUrl })
  await c.connect()
  try {
    let last = ""
    let stableSince = Date.now()
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      const { rows } = await c.query("select count(*)::int as n, count(*) filter (where status = 'pending')::int as pending from notification")
      const now = `${rows[0].n}/${rows[0].pending}`
      if (now !== last) {
        last = now
        stableSince = Date.now()
      } else if (Date.now() - stableSince >= 2000 && rows[0].pending === 0) return
      await new Promise((r) => setTimeout(r, 250))
    }
  } finally {
    await c.end()
  }
}

async function main() {
  const db = await resolveDatabase({ log, fallback: true, fast: true })
  log(`machine load (uptime) at the start: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`)
  const database = `softshop_bench_auctions_${process.pid}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-bench-"))
  const port = await freePort()
  const base = `http://localhost:${port}`
  const env = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: base,
    AUCTIONS_BID_RATE_CUSTOMER: "1000000",
    AUCTIONS_BID_RATE_IP: "1000000",
    // Bid answers carry Server-Timing: lock;dur=<row lock held, lock granted → commit>, bid;dur=<handler>.
    AUCTIONS_SERVER_TIMING: "true",
    LOG_LEVEL: "error",
  }
  const split = process.env.BENCH_SPLIT === "1"
  const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://localhost:6379/13"
  let redis
  if (split) {
    redis = await redisOrNothing(redisUrl)
    if (!redis) throw new Error(`BENCH_SPLIT=1 needs a Redis server at ${redisUrl} (BENCH_REDIS_URL)`)
    await redis.flushdb()
    Object.assign(env, { REDIS_URL: redisUrl })
  }
  log(`topology: ${split ? `server + worker on Redis ${redisUrl}` : "one shared process (in-memory event bus, cache, locking)"}`)
  await admin(db.parts, `drop database if exists "${database}"`)
  await admin(db.parts, `create database "${database}"`)
  let shop
  let worker
  try {
    await buildStalePlugins({ log })
    await migrateAndSeed({ env, log })
    await buildApp({ log })
    const serverEnv = split ? { ...env, MEDUSA_WORKER_MODE: "server" } : env
    shop = process.env.BENCH_CPU_PROF
      ? // --cpu-prof is not allowed in NODE_OPTIONS: run the CLI under a node started with it (written on exit).
        spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, fs.realpathSync(MEDUSA_BIN), "start"], {
          cwd: path.join(ROOT, ".medusa", "server"),
          stdio: "ignore",
          env: { ...process.env, NODE_ENV: "production", ...serverEnv },
        })
      : startBuiltShop({ env: serverEnv, stdio: "ignore" })
    if (split) {
      const workerPort = await freePort()
      worker = startBuiltShop({ env: { ...env, PORT: String(workerPort), MEDUSA_WORKER_MODE: "worker" }, stdio: "ignore" })
      await waitForHealth(`http://localhost:${workerPort}`, worker)
    }
    await waitForHealth(base, shop)
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    const key = seeded.publishable_key
    const call = async (method, p, body, token, extra = {}) => {
      const res = await fetch(`${base}${p}`, {
        method,
        headers: { "content-type": "application/json", "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, timing: res.headers.get("server-timing"), data: await res.json().catch(() => null) }
    }
    const ok = async (...a) => {
      const r = await call(...a)
      if (r.status >= 300) throw new Error(`${a[0]} ${a[1]}: ${r.status} ${JSON.stringify(r.data)}`)
      return r.data
    }
    const adminToken = (await ok("POST", "/auth/user/emailpass", { email: seeded.admin_email, password: seeded.admin_password })).token
    const { products } = await ok("GET", "/store/products?fields=id,*variants&limit=50")
    const variantId = products.flatMap((p) => p.variants)[0].id

    log(`registering ${CLIENTS} bidders ...`)
    const tokens = []
    for (let i = 0; i < CLIENTS; i++) {
      const email = `bench-${i}-${Date.now()}@example.nl`
      const reg = await ok("POST", "/auth/customer/emailpass/register", { email, password: "Geheim-123!" })
      await ok("POST", "/store/customers", { email, first_name: "Bench" }, reg.token)
      tokens.push((await ok("POST", "/auth/customer/emailpass", { email, password: "Geheim-123!" })).token)
    }
    const newLot = async () =>
      (
        await ok("POST", "/admin/auctions", {
          variant_id: variantId,
          starts_at: new Date(Date.now() - 60_000).toISOString(),
          ends_at: new Date(Date.now() + 3600_000).toISOString(),
          starting_price: 1,
          increments: [{ from: 0, increment: 0.01 }],
        }, adminToken)
      ).auction.id
    const one = await newLot()
    const many = []
    for (let i = 0; i < 100; i++) many.push(await newLot())

    // Warm-up, so neither side pays for first-request compilation.
    await call("GET", `/store/products/${products[0].id}?region_id=${seeded.region_id}`)
    await call("POST", `/store/auctions/${many[99]}/bids`, { amount: 1 }, tokens[0])

    let counter = 0
    const single = await measure("bids, 1 lot", (c) => call("POST", `/store/auctions/${one}/bids`, { amount: 1 + ++counter / 100 }, tokens[c]))
    const counters = new Map()
    const spread = await measure("bids, 100 lots", (c, i) => {
      const lot = many[(c * PER_CLIENT + i) % 100]
      const n = (counters.get(lot) ?? 0) + 1
      counters.set(lot, n)
      return call("POST", `/store/auctions/${lot}/bids`, { amount: 1 + n / 100 }, tokens[c])
    })
    // The outbid mails of the bid phases are the subscriber's, after the answers: let them finish before the read
    // is measured, so (c) runs on a quiet shop in both topologies (shared: the same process; split: the worker).
    const quiet = Date.now()
    await settleNotifications(env.DATABASE_URL)
    log(`outbid mails settled ${((Date.now() - quiet) / 1000).toFixed(1)} s after the bid phases`)
    const productId = products[0].id
    const read = await measure("GET /store/products/:id", () => call("GET", `/store/products/${productId}?region_id=${seeded.region_id}`))

    // (d) The physical limit: lock the lot row, insert the bid, update the lot, commit.
    const { Pool } = require("@medusajs/framework/pg")
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: CLIENTS })
    const scratch = []
    for (let i = 0; i < 2; i++) {
      const id = `auc_benchsql_${i}`
      await pool.query(
        `insert into auction_lot (id, variant_id, starts_at, ends_at, original_ends_at, starting_price_cents, increments, status, current_price_cents, bid_count, sequence)
         values ($1, $2, now(), now() + interval '1 hour', now() + interval '1 hour', 100, '[]', 'active', 100, 0, 0)`,
        [id, variantId]
      )
      scratch.push(id)
    }
    const rawBid = async (lot, c) => {
      const conn = await pool.connect()
      try {
        await conn.query("begin")
        const { rows } = await conn.query("select sequence, current_price_cents from auction_lot where id = $1 for update", [lot])
        const seq = rows[0].sequence + 1
        const price = rows[0].current_price_cents + 1
        await conn.query(
          `insert into auction_bid (id, lot_id, customer_id, sequence, amount_cents, max_amount_cents, kind, accepted, price_after_cents)
           values ($1, $2, $3, $4, $5, $5, 'bid', true, $5)`,
          [`bid_benchsql_${lot}_${seq}`, lot, `cus_bench_${c}`, seq, price]
        )
        await conn.query("update auction_lot set sequence = $2, current_price_cents = $3, bid_count = bid_count + 1, updated_at = now() where id = $1", [lot, seq, price])
        await conn.query("commit")
        return { status: 200 }
      } catch (e) {
        await conn.query("rollback").catch(() => undefined)
        throw e
      } finally {
        conn.release()
      }
    }
    const rawHot = await measure("raw SQL lock + insert + update, 1 lot", (c) => rawBid(scratch[0], c))
    await pool.query("delete from auction_bid where lot_id = any($1)", [scratch])
    await pool.query("delete from auction_lot where id = any($1)", [scratch])
    await pool.end()

    // Zero lost or duplicated bids: every answered request is one stored row, and back.
    let problems = 0
    for (const [label, results, lots] of [["1 lot", single.results, [one]], ["100 lots", spread.results, many]]) {
      const answered = results.filter((r) => r.status === 200 || r.status === 400)
      const acceptedIds = results.filter((r) => r.status === 200).map((r) => r.data.bid.id)
      let rows = []
      for (const id of lots) rows = rows.concat((await ok("GET", `/admin/auctions/${id}`, undefined, adminToken)).bids.filter((b) => !(id === many[99] && b.sequence === 1)))
      const rowIds = new Set(rows.map((b) => b.id))
      const lost = acceptedIds.filter((id) => !rowIds.has(id)).length
      const dup = rows.length - rowIds.size + (new Set(acceptedIds).size !== acceptedIds.length ? 1 : 0)
      const other = results.length - answered.length
      if (rows.length !== answered.length || lost || dup || other) problems++
      // Why bids were refused: rejected bids skip the event and the live update, so the share matters when two
      // runs are compared (bids arrive at the row lock in a different order in each topology).
      const reasons = {}
      for (const r of results.filter((r) => r.status === 400)) {
        const m = String(r.data?.message ?? "")
        const why = m.startsWith("amount is too low") ? "too low" : m.startsWith("You are already leading") ? "already leading" : "other"
        reasons[why] = (reasons[why] ?? 0) + 1
      }
      const refused = Object.entries(reasons).map(([k, v]) => `${v} ${k}`).join(", ") || "none refused"
      log(`${label}: ${answered.length} answered, ${other} other statuses, ${rows.length} rows stored, ${acceptedIds.length} accepted (${refused}), lost ${lost}, duplicated ${dup}`)
    }
    // Lock hold time per bid (the shop's own measurement, from the Server-Timing header) and the handler's time.
    const timingOf = (results, name) =>
      results.map((r) => Number(new RegExp(`(?:^|,\\s*)${name};dur=([\\d.]+)`).exec(r.timing ?? "")?.[1])).filter((v) => Number.isFinite(v))
    const lockRows = []
    for (const [label, results] of [["(a) 1 lot", single.results], ["(b) 100 lots", spread.results]]) {
      const lock = timingOf(results, "lock")
      const handler = timingOf(results, "bid")
      if (!lock.length) {
        log(`${label}: no lock hold times in the answers (Server-Timing missing)`)
        continue
      }
      lockRows.push({ label, n: lock.length, p50: pct(lock, 50), p95: pct(lock, 95), p99: pct(lock, 99), h50: pct(handler, 50), h95: pct(handler, 95) })
      log(`lock hold ${label}: p50 ${pct(lock, 50).toFixed(2)} ms, p95 ${pct(lock, 95).toFixed(2)} ms, p99 ${pct(lock, 99).toFixed(2)} ms (${lock.length} bids); route handler p50 ${pct(handler, 50).toFixed(1)} ms, p95 ${pct(handler, 95).toFixed(1)} ms`)
    }
    const x = (a, b) => (a / b).toFixed(2)
    console.log("\n| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | req/s × (c) read | p95 × (c) | req/s × (d) raw SQL |\n|---|---|---|---|---|---|---|---|---|")
    for (const { row } of [single, spread, read, rawHot]) {
      console.log(
        `| ${row.name} | ${row.requests} | ${row.per_second.toFixed(1)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${x(row.per_second, read.row.per_second)} | ${x(row.p95, read.row.p95)} | ${x(row.per_second, rawHot.row.per_second)} |`
      )
    }
    if (lockRows.length) {
      console.log("\n| bids | answers | lock hold p50 ms | lock hold p95 ms | lock hold p99 ms | route handler p50 ms | route handler p95 ms |\n|---|---|---|---|---|---|---|")
      for (const r of lockRows) console.log(`| ${r.label} | ${r.n} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.h50.toFixed(1)} | ${r.h95.toFixed(1)} |`)
    }
    console.log(`\nmachine load (uptime) at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`)
    reportTarget({ bench: "auctions-bidding", figure: "hot lot bids/s / product reads/s", ratio: single.row.per_second / read.row.per_second, target: ">= 2" })
    reportTarget({ bench: "auctions-bidding", figure: "hot lot bid p95 / product read p95", ratio: single.row.p95 / read.row.p95, target: "<= 0.5" })
    reportTarget({ bench: "auctions-bidding", figure: "100-lot bids/s / product reads/s", ratio: spread.row.per_second / read.row.per_second, target: ">= 3" })
    reportTarget({ bench: "auctions-bidding", figure: "hot lot bids/s / raw SQL bids/s", ratio: single.row.per_second / rawHot.row.per_second, target: ">= 0.25" })
    reportTarget({ bench: "auctions-bidding", figure: "100-lot bids/s / raw SQL bids/s", ratio: spread.row.per_second / rawHot.row.per_second, target: ">= 0.25" })
    if (problems) {
      console.error("bid accounting failed: lost or duplicated bids")
      process.exitCode = 1
    }
  } finally {
    await stopChild(shop)
    await stopChild(worker)
    if (redis) await redis.flushdb().then(() => redis.quit()).catch(() => undefined)
    fs.rmSync(dataDir, { recursive: true, force: true })
    await admin(db.parts, `drop database if exists "${database}" with (force)`).catch(() => undefined)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
