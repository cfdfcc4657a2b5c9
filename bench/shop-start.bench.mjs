#!/usr/bin/env node
// How fast the run command starts the shop when nothing changed, next to Medusa's
// own `medusa start` of the same built app, in the same run on the same database:
//   node bench/shop-start.bench.mjs   (BENCH_START_ROUNDS=3)
// (1) a first `npm start` on a fresh database (migrations, seed, builds when stale)
// is timed and printed but not compared; then, alternating, (2) `npm start` again
// (nothing changed: migrations and seed skipped by the release stamp, builds skipped
// by their stamps) until it prints "Softshop is ready.", and (3) `medusa start` in
// .medusa/server until /health answers. Target: median (2) ≤ 1.5 × median (3).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { startBuiltShop, stopChild, waitForHealth } from "../scripts/lib/app.mjs"
import { buildDatabaseUrl, resolveDatabase } from "../scripts/lib/db.mjs"
import { freePort } from "../scripts/lib/net.mjs"
import { ROOT } from "../scripts/lib/paths.mjs"
import { reportTarget } from "./lib/report.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 3)
const log = (m) => console.log(`[bench:start] ${m}`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function admin(parts, sql) {
  const c = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

/** `npm start` (scripts/shop.mjs) until it says ready; resolves with the seconds and the running process. */
function runCommand(env) {
  const t0 = performance.now()
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/shop.mjs")], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let out = ""
  return new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d
      if (out.includes("Softshop is ready.")) {
        child.stdout.off("data", onData)
        child.stdout.resume()
        resolve({ seconds: (performance.now() - t0) / 1000, child })
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", (d) => (out += d))
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${out.slice(-2000)}`)))
  })
}

/** Stops the run command and everything it started (its process group). */
function stopGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once("exit", resolve)
    process.kill(-child.pid, "SIGTERM")
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 15_000).unref()
  })
}

async function main() {
  const db = await resolveDatabase({ log, fallback: true, fast: true })
  const database = `softshop_bench_start_${process.pid}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-bench-start-"))
  const port = await freePort()
  const env = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    STOREFRONT_URL: `http://localhost:${await freePort()}`,
    FAKE_MSP_PORT: String(await freePort()),
    LOG_LEVEL: "error",
  }
  await admin(db.parts, `drop database if exists "${database}"`)
  try {
    log("first npm start on a fresh database (migrations, seed, stale builds) ...")
    const first = await runCommand(env)
    log(`first start: ${first.seconds.toFixed(1)} s`)
    await stopGroup(first.child)
    // The secrets the run command generated for this data directory, so `medusa start` runs the same shop.
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8"))

    const again = []
    const plain = []
    for (let i = 0; i < ROUNDS; i++) {
      const a = await runCommand(env)
      again.push(a.seconds)
      await stopGroup(a.child)
      const t0 = performance.now()
      // medusa start of the same build, with the environment the run command gives it.
      const shop = startBuiltShop({ env: { ...env, ...secrets }, stdio: "ignore" })
      await waitForHealth(`http://127.0.0.1:${port}`, shop)
      plain.push((performance.now() - t0) / 1000)
      await stopChild(shop)
      log(`round ${i + 1}: npm start ${a.seconds.toFixed(1)} s, medusa start ${plain[i].toFixed(1)} s`)
    }
    const ratio = median(again) / median(plain)
    console.log("")
    console.log(`Shop start, nothing changed, ${ROUNDS} rounds alternating:`)
    console.log(`  first npm start (fresh database)   ${first.seconds.toFixed(1)} s`)
    console.log(`  npm start again                    median ${median(again).toFixed(1)} s  (${again.map((s) => s.toFixed(1)).join(", ")})`)
    console.log(`  medusa start of the built app      median ${median(plain).toFixed(1)} s  (${plain.map((s) => s.toFixed(1)).join(", ")})`)
    reportTarget({ bench: "shop-start", figure: "second npm start / medusa start (medians)", ratio, target: "<= 1.5" })
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
    await admin(db.parts, `drop database if exists "${database}" with (force)`).catch(() => undefined)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
