#!/usr/bin/env node
// npm run bench [-- pattern]: runs every bench/*.bench.mjs in turn, each in its
// own process, on the same database the tests use (DATABASE_URL or embedded).
// A benchmark prints its figure next to a baseline measured in the same run.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildStalePlugins } from "./lib/build.mjs"
import { resolveDatabase } from "./lib/db.mjs"
import { loadDotEnv } from "./lib/env.mjs"
import { ROOT } from "./lib/paths.mjs"
import { run } from "./lib/run.mjs"

const log = (msg) => console.log(`[bench] ${msg}`)
const pattern = process.argv[2]
loadDotEnv(path.join(ROOT, ".env"))

const files = fs
  .readdirSync(path.join(ROOT, "bench"))
  .filter((f) => f.endsWith(".bench.mjs") && (!pattern || f.includes(pattern)))
  .sort()
if (!files.length) {
  log(pattern ? `no benchmark matches "${pattern}"` : "no benchmarks in bench/")
  process.exit(pattern ? 2 : 0)
}

const db = await resolveDatabase({ log, fallback: true, fast: true })
await buildStalePlugins({ log })
const env = {
  DB_HOST: ["127.0.0.1", "::1"].includes(db.parts.host) ? "localhost" : db.parts.host,
  DB_PORT: String(db.parts.port),
  DB_USERNAME: db.parts.user,
  DB_PASSWORD: db.parts.password ?? "",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  // Each benchmark appends one JSON line per target it checks (bench/lib/report.mjs).
  BENCH_REPORT_FILE: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "softshop-bench-report-")), "targets.jsonl"),
}
let failed = 0
for (const file of files) {
  log(`── ${file} ──`)
  const t0 = Date.now()
  try {
    await run(process.execPath, ["--expose-gc", path.join(ROOT, "bench", file)], { cwd: ROOT, env })
  } catch (e) {
    failed++
    log(`${file} failed: ${e.message.split("\n")[0]}`)
  }
  log(`${file} took ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}
await db.stop()

// One summary of every target, met or not, in the order the benchmarks ran.
const lines = fs.existsSync(env.BENCH_REPORT_FILE)
  ? fs.readFileSync(env.BENCH_REPORT_FILE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l))
  : []
if (lines.length) {
  console.log(`\n[bench] summary (${new Date().toISOString().slice(0, 10)}, same-run ratios)\n`)
  console.log("| benchmark | figure | ratio | target | |\n|---|---|---|---|---|")
  for (const l of lines) console.log(`| ${l.bench} | ${l.figure} | ${l.ratio.toFixed(2)}x | ${l.target}x | ${l.met ? "met" : "not met"} |`)
  console.log(`\n${lines.filter((l) => l.met).length} of ${lines.length} targets met`)
}
process.exit(failed ? 1 : 0)
