#!/usr/bin/env node
// One production instance from the build, nothing else (no build, no migrations, no seed):
//   npm run start:server   MEDUSA_WORKER_MODE=server: HTTP API and admin, no jobs or subscribers
//   npm run start:worker   MEDUSA_WORKER_MODE=worker: scheduled jobs and subscribers (HTTP /health only)
// Run `npm run build` once and `npm run release` (migrations) once per release first.
// Secrets: the environment, else .data/secrets.json (copy the same file to every instance).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { loadDotEnv } from "./lib/env.mjs"
import { DATA_DIR, MEDUSA_BIN, ROOT } from "./lib/paths.mjs"

const mode = process.argv[2]
const log = (msg) => console.log(`[softshop ${mode}] ${msg}`)
if (!["server", "worker", "shared"].includes(mode)) {
  console.error("Usage: node scripts/serve.mjs server|worker|shared")
  process.exit(2)
}
loadDotEnv(path.join(ROOT, ".env"))

function fail(message) {
  console.error(`[softshop ${mode}] ${message}`)
  process.exit(1)
}

const server = path.join(ROOT, ".medusa", "server")
if (!fs.existsSync(path.join(server, "medusa-config.js"))) fail("No build in .medusa/server: run `npm run build` first.")
if (!process.env.DATABASE_URL) fail("DATABASE_URL is not set (a production instance never starts an embedded PostgreSQL).")
if (!process.env.REDIS_URL) log("REDIS_URL is not set: event bus, locks, cache and live updates stay inside this process (fine for ONE instance only).")

// The same secrets on every instance, or sessions, tokens and encrypted data do not survive a hop between them.
const secretsFile = path.join(DATA_DIR, "secrets.json")
const saved = fs.existsSync(secretsFile) ? JSON.parse(fs.readFileSync(secretsFile, "utf8")) : {}
const SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "SOFTSHOP_TOKEN_SECRET", "REPAIRS_BACKUP_KEY_A", "REPAIRS_BACKUP_KEY_B", "REPAIRS_CREDENTIAL_KEY", "REPAIRS_TRACKING_SECRET"]
const missing = []
for (const key of SECRETS) {
  if (!process.env[key] && saved[key]) process.env[key] = saved[key]
  if (!process.env[key]) missing.push(key)
}
if (missing.length) {
  fail(
    `Missing secrets: ${missing.join(", ")}. Set them in the environment (identical on every instance) or copy one .data/secrets.json ` +
      "(written by a first `npm start`) to every instance. An instance never generates its own."
  )
}

const child = spawn(MEDUSA_BIN, ["start"], {
  cwd: server,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production", MEDUSA_WORKER_MODE: mode, SOFTSHOP_DATA_DIR: DATA_DIR },
})
// Medusa drains on SIGTERM (in-flight requests finish, then modules shut down): pass signals on and exit with it.
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGTERM" ? 143 : 1)))
