#!/usr/bin/env node
// npm test: typecheck, unit, module, HTTP and browser tests on a real PostgreSQL.
//   npm test                 every tier
//   npm test -- http         one tier (typecheck | unit | modules | http | redis | scale | e2e | install)
// "install" packs every plugin and installs it into a fresh Medusa app outside the workspace
// (integration-tests/install/); `npm run test:install` (= `install --full`) runs its whole version matrix.
// "redis" boots the shop on Medusa's Redis modules (the production setup) and
// runs the shop suite there, when a Redis server answers on SOFTSHOP_TEST_REDIS_URL
// (default redis://localhost:6379/15, flushed afterwards). "scale" runs the built shop as 2 servers
// and 2 workers on one database and Redis (SOFTSHOP_TEST_SCALE_REDIS_URL, default
// redis://localhost:6379/14, flushed) when that Redis answers: integration-tests/scale/.
//   npm test -- http mail    one tier, only files matching "mail"
// Database: DATABASE_URL when it answers, else the embedded PostgreSQL.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildStalePlugins, listPlugins } from "./lib/build.mjs"
import { buildDatabaseUrl, resolveDatabase } from "./lib/db.mjs"
import { MEDUSA_BIN } from "./lib/paths.mjs"
import { loadDotEnv } from "./lib/env.mjs"
import { ROOT } from "./lib/paths.mjs"
import { run } from "./lib/run.mjs"
import { chromiumPath, runE2E } from "./lib/e2e.mjs"
import { runInstallTier } from "../integration-tests/install/run.mjs"
import { runScale } from "./lib/scale.mjs"

const TIERS = ["typecheck", "unit", "modules", "http", "redis", "scale", "e2e", "install"]
const args = process.argv.slice(2)
const fullInstallMatrix = args.includes("--full")
const [only, ...patterns] = args.filter((a) => a !== "--full")
if (only && !TIERS.includes(only)) {
  console.error(`Unknown test tier "${only}". Use one of: ${TIERS.join(", ")}`)
  process.exit(2)
}
const tiers = only ? [only] : TIERS
const log = (msg) => console.log(`[test] ${msg}`)
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js")
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc")
const PRETTIER = path.join(ROOT, "node_modules", "prettier", "bin", "prettier.cjs")
/** What `npm run format` writes and the typecheck tier checks (.prettierrc, .prettierignore). */
const FORMATTED = [
  "plugins/*/src/**/*.{ts,tsx}",
  "packages/*/src/**/*.ts",
  "packages/*/contract/**/*.ts",
  "storefront/src/**/*.{ts,tsx}",
  "src/**/*.ts",
  "integration-tests/**/*.ts",
]

loadDotEnv(path.join(ROOT, ".env.test"))
// Tests use the in-memory event bus, workflow engine and locking; only the
// "redis" tier boots the shop on the Redis modules.
delete process.env.REDIS_URL
for (const k of ["SMTP_HOST", "SMTP_PORT", "MULTISAFEPAY_API_KEY"]) delete process.env[k]

const totals = { passed: 0, failed: 0, skipped: 0 }
const timings = []

async function jestTier(type, env, files = patterns) {
  const out = path.join(os.tmpdir(), `softshop-jest-${type}-${process.pid}.json`)
  // Jest matches patterns against absolute paths: anchor them below the checkout, so a pattern that
  // happens to be part of the checkout's own path (a worktree named "storefront") selects only its files.
  const below = (p) => `^${ROOT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/.*(?:${p})`
  const args = ["--forceExit", "--json", `--outputFile=${out}`, "--passWithNoTests", ...files.map(below)]
  // HTTP suites each boot Medusa: one file per worker, two workers on two cores.
  args.push(type === "unit" ? "--maxWorkers=2" : `--maxWorkers=${process.env.TEST_WORKERS ?? (type === "http" ? 2 : 1)}`)
  let failure
  try {
    await run(process.execPath, ["--experimental-vm-modules", JEST, ...args], {
      cwd: ROOT,
      env: { ...env, TEST_TYPE: type, NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=4096" },
    })
  } catch (e) {
    failure = e
  }
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out)
    totals.passed += r.numPassedTests
    totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)
    totals.skipped += r.numPendingTests + r.numTodoTests
    // Every tier but "modules" must find tests (module behaviour is mostly tested over HTTP).
    if (r.numTotalTests === 0 && !files.length) {
      if (type !== "modules") throw new Error(`the ${type} tier found no tests`)
      log("no module-tier tests")
    }
  } else if (failure) {
    totals.failed += 1
  }
  if (failure) throw failure
}

/**
 * Migrates one template database per run; every HTTP suite's database is then
 * cloned from it (integration-tests/setup-after-env.js) instead of migrated.
 */
async function withTemplateDatabase(db, env, fn) {
  const { Client } = (await import("@medusajs/framework/pg")).default
  const name = `softshop_test_template_${process.pid}`
  const admin = async (sql, params) => {
    const c = new Client({ ...db.parts, password: db.parts.password || undefined, database: "postgres" })
    await c.connect()
    try {
      await c.query(sql, params)
    } finally {
      await c.end()
    }
  }
  const t0 = Date.now()
  await admin(`drop database if exists "${name}"`)
  await admin(`create database "${name}"`)
  try {
    await run(MEDUSA_BIN, ["db:migrate", "--execute-safe-links", "--skip-scripts"], {
      cwd: ROOT,
      quiet: true,
      env: { ...env, DATABASE_URL: buildDatabaseUrl({ ...db.parts, database: name }) },
    })
    // No connection may stay open on a template.
    await admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [name])
    log(`template database migrated in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    await fn({ ...env, SOFTSHOP_TEST_TEMPLATE_DB: name })
  } finally {
    await admin(`drop database if exists "${name}" with (force)`).catch(() => undefined)
  }
}

async function redisTier(db, env) {
  const url = process.env.SOFTSHOP_TEST_REDIS_URL ?? "redis://localhost:6379/15"
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.ping()
  } catch {
    log(`no Redis answers on ${url}; the Redis tier is not run`)
    redis.disconnect()
    return
  }
  try {
    await withTemplateDatabase(db, env, (withTemplate) =>
      jestTier("http", { ...withTemplate, REDIS_URL: url }, ["integration-tests/http/shop"])
    )
  } finally {
    await redis.flushdb()
    redis.disconnect()
  }
}

async function main() {
  const started = Date.now()
  let db
  const needsDb = tiers.some((t) => ["modules", "http", "redis", "scale", "e2e", "install"].includes(t))
  // Mail written by tests without an SMTP fixture goes to a scratch folder, not .data/mail.
  const env = {
    SOFTSHOP_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "softshop-test-")),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  }
  if (needsDb) {
    db = await resolveDatabase({ log, fallback: true, fast: true })
    // The Medusa test runner reads DB_* (not DATABASE_URL) and forces SSL unless the host says "localhost".
    Object.assign(env, {
      DB_HOST: ["127.0.0.1", "::1"].includes(db.parts.host) ? "localhost" : db.parts.host,
      DB_PORT: String(db.parts.port),
      DB_USERNAME: db.parts.user,
      DB_PASSWORD: db.parts.password ?? "",
      DB_WAITINGROOM_DATABASE: "postgres",
    })
  }
  if (tiers.some((t) => t !== "typecheck")) await buildStalePlugins({ log })

  let failed = false
  for (const tier of tiers) {
    const t0 = Date.now()
    log(`── ${tier} ──`)
    try {
      if (tier === "typecheck") {
        // Formatting first (seconds): unformatted code fails the suite, `npm run format` fixes it.
        await run(process.execPath, [PRETTIER, "--check", "--log-level", "warn", ...FORMATTED], { cwd: ROOT })
        await run(process.execPath, [TSC, "--noEmit", "-p", "tsconfig.json"], { cwd: ROOT })
        for (const p of listPlugins()) {
          const admin = path.join(p.dir, "src", "admin", "tsconfig.json")
          if (fs.existsSync(admin)) await run(process.execPath, [TSC, "--noEmit", "-p", admin], { cwd: p.dir })
        }
        // The typed client (as published) and the storefront (browser, bundler resolution) have their own configs.
        for (const dir of ["packages/medusa-js", "storefront"]) {
          if (fs.existsSync(path.join(ROOT, dir, "tsconfig.json"))) await run(process.execPath, [TSC, "--noEmit", "-p", dir], { cwd: ROOT })
        }
      } else if (tier === "e2e") {
        const chromium = chromiumPath()
        if (!chromium) {
          log("Chromium not found (apt-get install -y chromium); browser tests not run.")
        } else {
          await runE2E({ db, env, log, chromium, jestTier })
        }
      } else if (tier === "scale") {
        await runScale({ db, env, log, jestTier })
      } else if (tier === "install") {
        const r = await runInstallTier({ db, log, full: fullInstallMatrix, only: patterns })
        totals.passed += r.passed
        totals.failed += r.failed
        if (r.failed) throw new Error(`${r.failed} install check(s) failed`)
      } else if (tier === "redis") {
        await redisTier(db, env)
      } else if (tier === "http") {
        await withTemplateDatabase(db, env, (withTemplate) => jestTier(tier, withTemplate))
      } else {
        await jestTier(tier, env)
      }
    } catch (e) {
      failed = true
      log(`${tier} failed: ${e.message.split("\n")[0]}`)
    }
    timings.push([tier, (Date.now() - t0) / 1000])
    if (failed && !process.env.TEST_KEEP_GOING) break
  }
  await db?.stop()
  const total = (Date.now() - started) / 1000
  log(`durations: ${timings.map(([t, s]) => `${t} ${s.toFixed(0)} s`).join(", ")}; total ${total.toFixed(0)} s`)
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`)
  process.exit(failed || totals.failed ? 1 : 0)
}

main().catch(async (e) => {
  console.error(`[test] ${e.stack ?? e.message}`)
  process.exit(1)
})
