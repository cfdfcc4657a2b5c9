// Skips migrations and the demo seed on a start where nothing they depend on
// changed. The stamp lives in the shop's own database (table
// softshop_release_stamp), so a dropped or recreated database is migrated again
// and two checkouts pointing at one database agree on what was done.
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { listPlugins } from "./build.mjs"
import { ROOT } from "./paths.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")
const KEY = "migrations+seed"

function filesUnder(dir, out = []) {
  if (!fs.existsSync(dir)) return out
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "__tests__") filesUnder(p, out)
    } else out.push(p)
  }
  return out
}

/** Every module's migrations and links (plugins and the shop's own `src/`). */
function migrationInputs(base) {
  const out = []
  const modules = path.join(base, "src", "modules")
  if (fs.existsSync(modules)) {
    for (const m of fs.readdirSync(modules)) filesUnder(path.join(modules, m, "migrations"), out)
  }
  filesUnder(path.join(base, "src", "links"), out)
  return out
}

/**
 * What migrations and the seed depend on: the installed Medusa (lock file), the
 * config, every migration and link, the seed sources, and the environment the
 * seed reads. Secrets enter only as their hash.
 */
export function releaseHash(env = process.env) {
  const files = [
    path.join(ROOT, "package-lock.json"),
    path.join(ROOT, "medusa-config.ts"),
    ...migrationInputs(ROOT),
    ...filesUnder(path.join(ROOT, "src", "scripts")),
  ]
  for (const p of listPlugins()) files.push(...migrationInputs(p.dir))
  const h = crypto.createHash("sha256")
  for (const f of files.filter((f) => fs.existsSync(f)).sort()) {
    h.update(path.relative(ROOT, f))
    h.update(fs.readFileSync(f))
  }
  for (const k of ["ADMIN_EMAIL", "ADMIN_PASSWORD", "MULTISAFEPAY_API_KEY", "MULTISAFEPAY_API_URL", "SOFTSHOP_DATA_DIR", "STOREFRONT_URL"]) {
    h.update(`${k}=${crypto.createHash("sha256").update(env[k] ?? "").digest("hex")}`)
  }
  return h.digest("hex")
}

async function withClient(databaseUrl, fn) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function readReleaseStamp(databaseUrl) {
  return withClient(databaseUrl, async (c) => {
    const t = await c.query("select to_regclass('public.softshop_release_stamp') as t")
    if (!t.rows[0].t) return undefined
    const r = await c.query("select value from softshop_release_stamp where key = $1", [KEY])
    return r.rows[0]?.value
  })
}

export async function writeReleaseStamp(databaseUrl, value) {
  await withClient(databaseUrl, async (c) => {
    await c.query("create table if not exists softshop_release_stamp (key text primary key, value text not null, updated_at timestamptz not null default now())")
    await c.query(
      "insert into softshop_release_stamp (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value, updated_at = now()",
      [KEY, value]
    )
  })
}
