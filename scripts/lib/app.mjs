// Shared steps of the run command, the test harness and the benchmarks:
// migrate + seed a database, build the shop, start it, wait until it answers.
import crypto from "node:crypto"
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { listPlugins, sourceHash } from "./build.mjs"
import { MEDUSA_BIN, ROOT } from "./paths.mjs"
import { run } from "./run.mjs"
import { withLock } from "./lock.mjs"
import { readReleaseStamp, releaseHash, writeReleaseStamp } from "./release.mjs"

/**
 * Migrations (safe link changes only) and the idempotent demo seed. With
 * `skipWhenUnchanged` (npm start) both are skipped when the stamp in the
 * database matches everything they depend on and the seed's output exists.
 */
export async function migrateAndSeed({ env = {}, log = console.log, skipWhenUnchanged = false, seedOutput } = {}) {
  const databaseUrl = env.DATABASE_URL ?? process.env.DATABASE_URL
  const hash = skipWhenUnchanged ? releaseHash({ ...process.env, ...env }) : undefined
  if (hash && (!seedOutput || fs.existsSync(seedOutput))) {
    const stamp = await readReleaseStamp(databaseUrl).catch(() => undefined)
    if (stamp === hash) {
      log("Migrations and seed are up to date (nothing they depend on changed); skipped.")
      return false
    }
  }
  let t = Date.now()
  log("Running migrations (about 20 s; a first run about a minute) ...")
  await run(MEDUSA_BIN, ["db:migrate", "--execute-safe-links"], { cwd: ROOT, env, quiet: true })
  log(`Migrations done in ${((Date.now() - t) / 1000).toFixed(0)} s. Seeding the demo shop (idempotent, about 15 s) ...`)
  t = Date.now()
  await run(MEDUSA_BIN, ["exec", "./src/scripts/seed.ts"], { cwd: ROOT, env, quiet: true })
  log(`Seed done in ${((Date.now() - t) / 1000).toFixed(0)} s.`)
  if (hash) await writeReleaseStamp(databaseUrl, hash)
  return true
}

function appSourceHash() {
  const h = crypto.createHash("sha256")
  h.update(sourceHash(ROOT))
  h.update(fs.readFileSync(path.join(ROOT, "medusa-config.ts")))
  for (const p of listPlugins()) h.update(sourceHash(p.dir))
  return h.digest("hex")
}

/** `medusa build` (backend + admin dashboard) unless nothing changed since the last one. */
export function buildApp({ log = console.log } = {}) {
  return withLock("app-build", () => buildAppUnlocked(log), { log })
}

async function buildAppUnlocked(log) {
  const stamp = path.join(ROOT, ".medusa", "server", ".source-hash")
  const hash = appSourceHash()
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return
  log("Building the shop and its admin dashboard (about a minute) ...")
  await run(MEDUSA_BIN, ["build"], { cwd: ROOT, quiet: true })
  fs.writeFileSync(stamp, hash)
}

/** Starts the built shop (`medusa start` in .medusa/server). */
export function startBuiltShop({ env = {}, stdio = "inherit" } = {}) {
  return spawn(MEDUSA_BIN, ["start"], {
    cwd: path.join(ROOT, ".medusa", "server"),
    stdio,
    env: { ...process.env, NODE_ENV: "production", ...env },
  })
}

export async function waitForHealth(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`medusa exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the shop did not answer on ${url}/health within ${timeoutMs / 1000} s`)
}

export function stopChild(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once("exit", resolve)
    child.kill("SIGTERM")
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
  })
}
