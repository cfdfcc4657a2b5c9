#!/usr/bin/env node
// Retention benchmark for @softshop/medusa-privacy.
//   npm run bench -- privacy        (PRIVACY_BENCH_CUSTOMERS=20000 by default, 5 orders per customer)
// Two sizes, each on its own database cloned from one migrated + seeded shop: N/10 customers with N/2 orders
// ("10k orders") and N customers with 5N orders ("100k orders"). Half the customers ordered last 11 months ago
// (due for erasure, warned 40 days ago: retention never erases without a warning and its 30-day grace), half 3
// months ago (kept); older orders go back 1-11 years, so part of them is past the
// 7-year fiscal window. Every customer has an address, a login and per order a shipping and billing address
// and a MultiSafepay payment session.
// Per size it measures, on identical copies of the data:
//   - retention: the plugin's real run (`medusa exec …/retention-run.js`: the daily job's code path),
//     wall time of the run and peak RSS of that process during it;
//   - baseline: plain SQL UPDATE/DELETE statements writing the same columns of the same rows in one
//     transaction, sent from this process.
// It prints both, their ratio (target ≤ 5x), checks that both copies end with the same personal data left,
// and compares peak RSS between the sizes (memory must stay flat as N grows).
import { reportTarget } from "./lib/report.mjs"
import { spawn } from "node:child_process"
import path from "node:path"
import { buildDatabaseUrl, ensureDatabase, resolveDatabase } from "../scripts/lib/db.mjs"
import { migrateAndSeed } from "../scripts/lib/app.mjs"
import { buildStalePlugins } from "../scripts/lib/build.mjs"
import { MEDUSA_BIN, ROOT } from "../scripts/lib/paths.mjs"

const CUSTOMERS = Number(process.env.PRIVACY_BENCH_CUSTOMERS ?? 20000)
const ORDERS_PER_CUSTOMER = 5
const SIZES = [Math.round(CUSTOMERS / 10), CUSTOMERS]
const SCRIPT = path.join(ROOT, "plugins/privacy/.medusa/server/src/scripts/retention-run.js")
const log = (m) => console.log(`[bench:privacy] ${m}`)

async function main() {
  const db = await resolveDatabase({ log })
  const { Client } = (await import("@medusajs/framework/pg")).default
  const connect = async (database) => {
    const c = new Client({ ...db.parts, password: db.parts.password || undefined, database })
    c.on("error", () => undefined) // databases are dropped with (force) at the end
    await c.connect()
    return c
  }
  const admin = await connect("postgres")
  const prefix = `softshop_bench_privacy_${process.pid}`
  const created = []
  const createDb = async (name, template) => {
    await admin.query(`create database "${name}"${template ? ` template "${template}"` : ""}`)
    created.push(name)
  }
  try {
    await buildStalePlugins({ log })
    const base = `${prefix}_base`
    await ensureDatabase(db.parts, base)
    created.push(base)
    await migrateAndSeed({ env: { DATABASE_URL: buildDatabaseUrl({ ...db.parts, database: base }), LOG_LEVEL: "error" }, log })

    const results = []
    for (const customers of SIZES) {
      const orders = customers * ORDERS_PER_CUSTOMER
      const data = `${prefix}_${customers}`
      await createDb(data, base)
      log(`Generating ${customers} customers and ${orders} orders ...`)
      const c = await connect(data)
      await generate(c, customers)
      await c.end()
      await createDb(`${data}_sql`, data)
      await createDb(`${data}_run`, data)

      log(`Baseline: plain SQL over ${orders} orders ...`)
      const sqlClient = await connect(`${data}_sql`)
      const t0 = performance.now()
      await plainSql(sqlClient)
      const baselineSeconds = (performance.now() - t0) / 1000

      log(`Retention run over ${orders} orders ...`)
      const run = await retentionRun(buildDatabaseUrl({ ...db.parts, database: `${data}_run` }))
      const runClient = await connect(`${data}_run`)
      const same = JSON.stringify(await leftovers(sqlClient)) === JSON.stringify(await leftovers(runClient))
      const left = await leftovers(runClient)
      await sqlClient.end()
      await runClient.end()
      results.push({ customers, orders, baselineSeconds, run, same, left })
      for (const n of [data, `${data}_sql`, `${data}_run`]) await admin.query(`drop database if exists "${n}" with (force)`)
    }

    console.log("")
    console.log(`Privacy retention (erasure of due customers + fiscal anonymisation), same data for both, same run:`)
    for (const r of results) {
      const k = `${Math.round(r.orders / 1000)}k`
      console.log(`  ${k} orders / ${r.customers} customers: retention ${r.run.seconds.toFixed(2)} s, peak RSS ${r.run.rss_peak_mb} MB (${r.run.rss_before_mb} MB before the run); live heap ${r.run.heap_before_mb} MB before, ${r.run.heap_after_gc_mb} MB after (after a full GC)`)
      console.log(`    baseline plain SQL ${r.baselineSeconds.toFixed(2)} s  ratio ${(r.run.seconds / r.baselineSeconds).toFixed(2)}x (target <= 5x)`)
      console.log(`    erased ${r.run.counts.consumer_after_last_order} customers, anonymised ${r.run.counts.order_fiscal_window} orders past the fiscal window, failures ${r.run.counts.failed}`)
      console.log(`    same personal data left as the baseline: ${r.same ? "yes" : "NO"} ${JSON.stringify(r.left)}`)
      reportTarget({ bench: "privacy-retention", figure: `retention ${k} orders / plain SQL`, ratio: r.run.seconds / r.baselineSeconds, target: "<= 5" })
    }
    const [small, large] = results
    const growth = (large.run.rss_peak_mb - large.run.rss_before_mb) - (small.run.rss_peak_mb - small.run.rss_before_mb)
    console.log(`  memory: peak RSS ${small.run.rss_peak_mb} MB at ${small.orders} orders, ${large.run.rss_peak_mb} MB at ${large.orders} orders ` +
      `(ratio ${(large.run.rss_peak_mb / small.run.rss_peak_mb).toFixed(2)}x for ${large.orders / small.orders}x the data; growth during the run ${growth.toFixed(1)} MB more at the larger size)`)
    if (results.some((r) => !r.same || r.run.counts.failed)) process.exitCode = 1
  } finally {
    for (const n of created.reverse()) await admin.query(`drop database if exists "${n}" with (force)`).catch(() => undefined)
    await admin.end()
    await db.stop?.()
  }
}

/** Customers, logins, addresses, orders with addresses and payment sessions, generated in SQL. */
async function generate(c, customers) {
  const { rows: [region] } = await c.query("select id, currency_code from region limit 1")
  const q = (text, params = []) => c.query(text, params)
  await q("begin")
  // Customer i: even = last order 11 months ago (due), odd = 3 months ago (kept).
  await q(`insert into customer (id, email, first_name, last_name, phone, has_account, created_at, updated_at)
    select 'cus_bench' || lpad(i::text, 7, '0'), 'klant' || i || '@example.nl', 'Voornaam' || i, 'Achternaam' || i, '06' || lpad(i::text, 8, '0'),
      true, now() - interval '12 years', now()
    from generate_series(1, $1) i`, [customers])
  await q(`insert into customer_address (id, customer_id, first_name, last_name, address_1, city, postal_code, country_code, phone)
    select 'cuaddr_bench' || lpad(i::text, 7, '0'), 'cus_bench' || lpad(i::text, 7, '0'), 'Voornaam' || i, 'Achternaam' || i,
      'Kerkstraat ' || i, 'Utrecht', '3511 AB', 'nl', '06' || lpad(i::text, 8, '0')
    from generate_series(1, $1) i`, [customers])
  await q(`insert into auth_identity (id, app_metadata) select 'authid_bench' || lpad(i::text, 7, '0'), jsonb_build_object('customer_id', 'cus_bench' || lpad(i::text, 7, '0'))
    from generate_series(1, $1) i`, [customers])
  await q(`insert into provider_identity (id, entity_id, provider, auth_identity_id)
    select 'provid_bench' || lpad(i::text, 7, '0'), 'klant' || i || '@example.nl', 'emailpass', 'authid_bench' || lpad(i::text, 7, '0')
    from generate_series(1, $1) i`, [customers])
  // Orders: k = 0..3 between 1 and 11 years ago, k = 4 the last order (11 or 3 months ago).
  await q(`create temp table bench_orders as
    select 'order_bench' || lpad(i::text, 7, '0') || k as id, i, k,
      case when k = 4 then now() - (case when i % 2 = 0 then interval '11 months' else interval '3 months' end)
           else now() - make_interval(months => 12 + ((i * 7 + k * 37) % 120)) end as created_at
    from generate_series(1, $1) i, generate_series(0, ${ORDERS_PER_CUSTOMER - 1}) k`, [customers])
  await q(`insert into order_address (id, customer_id, first_name, last_name, address_1, city, postal_code, country_code, phone)
    select o.id || s, 'cus_bench' || lpad(o.i::text, 7, '0'), 'Voornaam' || o.i, 'Achternaam' || o.i, 'Kerkstraat ' || o.i, 'Utrecht', '3511 AB', 'nl', '06' || lpad(o.i::text, 8, '0')
    from bench_orders o, (values ('_s'), ('_b')) v(s)`)
  await q(`insert into "order" (id, region_id, customer_id, email, currency_code, status, shipping_address_id, billing_address_id, created_at, updated_at, metadata)
    select o.id, $1, 'cus_bench' || lpad(o.i::text, 7, '0'), 'klant' || o.i || '@example.nl', $2, 'completed', o.id || '_s', o.id || '_b', o.created_at, o.created_at, '{}'::jsonb
    from bench_orders o`, [region.id, region.currency_code])
  await q(`insert into payment_collection (id, currency_code, amount, raw_amount, status)
    select 'pay_col_' || o.id, $1, 99.95, '{"value":"99.95","precision":20}'::jsonb, 'completed' from bench_orders o`, [region.currency_code])
  await q(`insert into order_payment_collection (id, order_id, payment_collection_id)
    select 'ordpay_' || o.id, o.id, 'pay_col_' || o.id from bench_orders o`)
  await q(`insert into payment_session (id, currency_code, amount, raw_amount, provider_id, data, context, status, payment_collection_id)
    select 'payses_' || o.id, $1, 99.95, '{"value":"99.95","precision":20}'::jsonb, 'pp_multisafepay_multisafepay',
      jsonb_build_object('order_id', 'softshop-' || o.id, 'status', 'completed', 'gateway', 'IDEAL', 'transaction_id', '12345678901234567'),
      '{}'::jsonb, 'authorized', 'pay_col_' || o.id
    from bench_orders o`, [region.currency_code])
  await q("drop table bench_orders")
  // Retention always warns first (P10): the due customers got their warning mail 40 days ago (past the 30-day
  // grace), as they would have from an earlier nightly run; the run measured here is the one that erases them.
  await q(`insert into privacy_subject_clock (id, customer_id, last_activity_at, warned_at)
    select 'pclk_bench' || lpad(i::text, 7, '0'), 'cus_bench' || lpad(i::text, 7, '0'), to_timestamp(0), now() - interval '40 days'
    from generate_series(2, $1, 2) i`, [customers])
  await q("commit")
  await q("analyze")
}

/** The baseline: the same columns of the same rows, written with plain set-based SQL in one transaction. */
async function plainSql(c) {
  const q = (text, params = []) => c.query(text, params)
  const now = new Date().toISOString()
  await q("begin")
  await q(`create temp table due as select c.id from customer c
    where c.company_name is null and greatest(c.created_at, (select max(o.created_at) from "order" o where o.customer_id = c.id and o.deleted_at is null)) < now() - interval '10 months'`)
  await q(`create temp table erased_orders as
    with u as (update "order" set email = null, customer_id = null, metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('privacy_erased_at', $1::text)
      where customer_id in (select id from due) returning shipping_address_id, billing_address_id)
    select shipping_address_id as id from u union all select billing_address_id from u`, [now])
  await q(`update order_address set first_name = null, last_name = null, company = null, address_1 = null, address_2 = null, city = null, province = null,
      phone = null, customer_id = null, metadata = null, postal_code = left(upper(replace(postal_code, ' ', '')), 4)
    where id in (select id from erased_orders)`)
  await q(`delete from auth_identity where app_metadata->>'customer_id' in (select id from due)`)
  await q(`delete from customer where id in (select id from due)`)
  const cutoff = new Date(Date.UTC(new Date().getUTCFullYear() - 7, 0, 1))
  await q(`create temp table fiscal_orders as
    with u as (update "order" set email = null, customer_id = null, metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('privacy_anonymized_at', $1::text)
      where created_at < $2 returning shipping_address_id, billing_address_id)
    select shipping_address_id as id from u union all select billing_address_id from u`, [now, cutoff])
  await q(`update order_address set first_name = null, last_name = null, company = null, address_1 = null, address_2 = null, city = null, province = null,
      phone = null, customer_id = null, metadata = null, postal_code = null
    where id in (select id from fiscal_orders)`)
  await q("commit")
}

/** What personal data is left, counted the same way on both copies. */
async function leftovers(c) {
  const { rows: [r] } = await c.query(`select
    (select count(*)::int from customer) as customers,
    (select count(*)::int from "order" where email is not null) as orders_with_email,
    (select count(*)::int from "order" where metadata ? 'privacy_anonymized_at') as orders_anonymised,
    (select count(*)::int from order_address where first_name is not null) as order_addresses_with_name,
    (select count(*)::int from order_address where postal_code is not null) as order_addresses_with_postcode,
    (select count(*)::int from auth_identity where app_metadata ? 'customer_id') as customer_logins`)
  return r
}

function withoutRedis(env) {
  const { REDIS_URL: _redis, ...rest } = env
  return rest
}

/** The plugin's real retention run in its own process (`medusa exec`), as the daily job runs it. */
function retentionRun(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, ["exec", SCRIPT], {
      cwd: ROOT,
      // In-memory modules, like the test run: REDIS_URL left out (an empty REDIS_URL still reaches Medusa's projectConfig).
      env: { ...withoutRedis(process.env), DATABASE_URL: databaseUrl, LOG_LEVEL: "error", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim() },
      stdio: ["ignore", "pipe", "inherit"],
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith('{"run_id"'))
      if (code !== 0 || !line) return reject(new Error(`retention run exited ${code}: ${out.slice(-2000)}`))
      resolve(JSON.parse(line))
    })
  })
}

main().catch((e) => {
  console.error(`[bench:privacy] ${e.stack ?? e.message}`)
  process.exit(1)
})
