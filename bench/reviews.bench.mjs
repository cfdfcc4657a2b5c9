#!/usr/bin/env node
// Read cost of @softshop/medusa-reviews next to Medusa's own GET /store/products/:id,
// measured in the same run on the same shop.
//   npm run bench -- reviews   (BENCH_REVIEWS=100000, BENCH_PRODUCTS=1000, BENCH_ROUNDS=20)
// Seeds by SQL: one real product with BENCH_REVIEWS approved reviews, one with 1,000,
// and BENCH_PRODUCTS - 2 other products sharing as many again. Then, with 32 concurrent
// clients: (1) GET the hot product's summary, (2) its first page of reviews, (3) baseline
// GET /store/products/:id. Last: summary read time at 1,000 vs BENCH_REVIEWS reviews.
import { reportTarget } from "./lib/report.mjs"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import { createRequire } from "node:module"
import {
  buildApp,
  migrateAndSeed,
  startBuiltShop,
  stopChild,
  waitForHealth,
} from "../scripts/lib/app.mjs"
import { buildDatabaseUrl, resolveDatabase } from "../scripts/lib/db.mjs"
import { buildStalePlugins } from "../scripts/lib/build.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")
const CLIENTS = 32
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 100_000)
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const log = (m) => console.log(`[bench:reviews] ${m}`)

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })

async function sql(parts, database, text, params) {
  const c = new Client({
    ...parts,
    password: parts.password || undefined,
    database,
  })
  await c.connect()
  try {
    return await c.query(text, params)
  } finally {
    await c.end()
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

async function measure(name, fn, perClient = ROUNDS) {
  const latencies = []
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < perClient; i++) {
        const s = performance.now()
        await fn()
        latencies.push(performance.now() - s)
      }
    })
  )
  const seconds = (performance.now() - t0) / 1000
  const row = {
    name,
    per_second: latencies.length / seconds,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
  }
  log(
    `${name}: ${row.per_second.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`
  )
  return row
}

/** Inserts `n` approved reviews of a product in one statement (ratings cycle 1..5), then recomputes its summary. */
const seedReviews = (productId, n, tag) =>
  `insert into review (id, product_id, customer_id, rating, title, body, status, identity, verification, submitted_at, published_at, helpful_count, created_at, updated_at)
   select 'rev_bench_${tag}_' || g, '${productId}', 'cus_bench_${tag}_' || g, 1 + (g % 5), 'Review ' || g, 'Tekst van review ' || g,
          'approved', 'anonymous', 'ordered', now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, g % 7, now(), now()
   from generate_series(1, ${n}) g`

async function main() {
  const db = await resolveDatabase({ log, fallback: true, fast: true })
  const database = `softshop_bench_reviews_${process.pid}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-bench-"))
  const port = await freePort()
  const base = `http://localhost:${port}`
  const env = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: base,
    LOG_LEVEL: "error",
  }
  await sql(db.parts, "postgres", `drop database if exists "${database}"`)
  await sql(db.parts, "postgres", `create database "${database}"`)
  let shop
  try {
    await buildStalePlugins({ log })
    await migrateAndSeed({ env, log })
    await buildApp({ log })
    shop = startBuiltShop({ env, stdio: "ignore" })
    await waitForHealth(base, shop)
    const seeded = JSON.parse(
      fs.readFileSync(path.join(dataDir, "shop.json"), "utf8")
    )
    const headers = { "x-publishable-api-key": seeded.publishable_key }
    const get = async (p) => {
      const res = await fetch(`${base}${p}`, { headers })
      if (res.status !== 200) throw new Error(`GET ${p}: ${res.status}`)
      return res.json()
    }
    const { products } = await get("/store/products?fields=id&limit=50")
    const [hot, small] = products.map((p) => p.id)

    const t0 = performance.now()
    const other = Math.max(0, PRODUCTS - 2)
    await sql(db.parts, database, seedReviews(hot, REVIEWS, "hot"))
    await sql(db.parts, database, seedReviews(small, 1000, "small"))
    if (other) {
      const per = Math.max(1, Math.floor(REVIEWS / other))
      await sql(
        db.parts,
        database,
        `insert into review (id, product_id, customer_id, rating, status, identity, verification, submitted_at, published_at, created_at, updated_at)
         select 'rev_bench_o_' || p || '_' || g, 'prod_bench_' || p, 'cus_bench_o_' || g, 1 + ((p + g) % 5), 'approved', 'anonymous', 'none', now(), now(), now(), now()
         from generate_series(1, ${other}) p, generate_series(1, ${per}) g`
      )
    }
    await sql(
      db.parts,
      database,
      `insert into review_summary (id, product_id, review_count, rating_sum, star_1, star_2, star_3, star_4, star_5, created_at, updated_at)
       select 'revsum_bench_' || md5(product_id), product_id, count(*), sum(rating),
              count(*) filter (where rating = 1), count(*) filter (where rating = 2), count(*) filter (where rating = 3),
              count(*) filter (where rating = 4), count(*) filter (where rating = 5), now(), now()
       from review where status = 'approved' group by product_id`
    )
    await sql(db.parts, database, "analyze review; analyze review_summary")
    const { rows } = await sql(
      db.parts,
      database,
      "select count(*)::int as n, count(distinct product_id)::int as p from review"
    )
    log(
      `seeded ${rows[0].n} reviews over ${rows[0].p} products in ${((performance.now() - t0) / 1000).toFixed(1)} s (hot product: ${REVIEWS})`
    )

    const summary = await get(`/store/reviews/summary?product_id=${hot}`)
    if (summary.summary.count !== REVIEWS)
      throw new Error(`summary count ${summary.summary.count} != ${REVIEWS}`)
    // Warm-up of all three routes.
    for (let i = 0; i < 20; i++) {
      await get(`/store/products/${hot}`)
      await get(`/store/reviews/summary?product_id=${hot}`)
      await get(`/store/reviews?product_id=${hot}&limit=10`)
    }
    const baseline = await measure("baseline GET /store/products/:id", () =>
      get(`/store/products/${hot}`)
    )
    const sum = await measure(
      `GET /store/reviews/summary (${REVIEWS} reviews)`,
      () => get(`/store/reviews/summary?product_id=${hot}`)
    )
    const page = await measure(
      `GET /store/reviews first page (${REVIEWS} reviews)`,
      () => get(`/store/reviews?product_id=${hot}&limit=10`)
    )
    const small1k = await measure(
      "GET /store/reviews/summary (1000 reviews)",
      () => get(`/store/reviews/summary?product_id=${small}`)
    )
    const sumHot2 = await measure(
      `GET /store/reviews/summary (${REVIEWS} reviews, again)`,
      () => get(`/store/reviews/summary?product_id=${hot}`)
    )
    const r = (a, b) => (a / b).toFixed(2)
    console.log(
      `summary p95: ${sum.p95.toFixed(1)} ms (baseline GET /store/products/:id p95 ${baseline.p95.toFixed(1)} ms, ratio ${r(sum.p95, baseline.p95)}; target ≤ 1)`
    )
    console.log(
      `first page p95: ${page.p95.toFixed(1)} ms (baseline GET /store/products/:id p95 ${baseline.p95.toFixed(1)} ms, ratio ${r(page.p95, baseline.p95)}; target ≤ 1)`
    )
    console.log(
      `summary p50 at ${REVIEWS} vs 1000 reviews: ${sumHot2.p50.toFixed(1)} ms vs ${small1k.p50.toFixed(1)} ms (ratio ${r(sumHot2.p50, small1k.p50)}; target: flat, ≈ 1)`
    )
    reportTarget({ bench: "reviews", figure: "summary p95 / product read p95", ratio: sum.p95 / baseline.p95, target: "<= 1" })
    reportTarget({ bench: "reviews", figure: "first page p95 / product read p95", ratio: page.p95 / baseline.p95, target: "<= 1" })
    reportTarget({ bench: "reviews", figure: `summary p50 at ${REVIEWS} / at 1000 reviews`, ratio: sumHot2.p50 / small1k.p50, target: "<= 1.5" })
  } finally {
    if (shop) await stopChild(shop)
    fs.rmSync(dataDir, { recursive: true, force: true })
    await sql(
      db.parts,
      "postgres",
      `drop database if exists "${database}" with (force)`
    ).catch(() => undefined)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
