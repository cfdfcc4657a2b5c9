#!/usr/bin/env node
// npm run release: the one explicit release step of a production deployment: the database
// migrations (and safe link changes) of the shop and every plugin, run ONCE per release before
// the new servers and workers start (Procfile "release:"). It never seeds demo data.
import path from "node:path"
import { loadDotEnv } from "./lib/env.mjs"
import { MEDUSA_BIN, ROOT } from "./lib/paths.mjs"
import { run } from "./lib/run.mjs"

loadDotEnv(path.join(ROOT, ".env"))
if (!process.env.DATABASE_URL) {
  console.error("[softshop release] DATABASE_URL is not set.")
  process.exit(1)
}
const t0 = Date.now()
console.log("[softshop release] Running migrations ...")
try {
  await run(MEDUSA_BIN, ["db:migrate", "--execute-safe-links"], { cwd: ROOT })
} catch (e) {
  console.error(`[softshop release] ${e.message}`)
  process.exit(e.exitCode ?? 1)
}
console.log(`[softshop release] Migrations done in ${((Date.now() - t0) / 1000).toFixed(0)} s.`)
