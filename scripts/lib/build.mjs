// Builds the workspace plugins (medusa plugin:build) when their sources changed
// since the last build. The app loads plugins only from <plugin>/.medusa/server.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT, MEDUSA_BIN } from "./paths.mjs"
import { run } from "./run.mjs"
import { withLock } from "./lock.mjs"

/** Workspace plugins that have server code to build (a new, empty package is skipped). */
export function listPlugins() {
  const dir = path.join(ROOT, "plugins")
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "package.json")))
    .map((name) => ({ name, dir: path.join(dir, name) }))
    .filter((p) => walk(path.join(p.dir, "src"), []).some((f) => /\.tsx?$/.test(f) && !f.includes(`${path.sep}admin${path.sep}`)))
}

function walk(dir, out) {
  if (!fs.existsSync(dir)) return out
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".medusa" || entry.name === "__tests__") continue
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(p, out)
    else out.push(p)
  }
  return out
}

/** A hash of every input of a plugin build: sources, package.json, tsconfig. */
export function sourceHash(pluginDir) {
  const files = walk(path.join(pluginDir, "src"), [])
  for (const f of ["package.json", "tsconfig.json"]) {
    const p = path.join(pluginDir, f)
    if (fs.existsSync(p)) files.push(p)
  }
  const h = crypto.createHash("sha256")
  for (const f of files.sort()) {
    h.update(path.relative(pluginDir, f))
    h.update(fs.readFileSync(f))
  }
  return h.digest("hex")
}

const stampOf = (pluginDir) => path.join(pluginDir, ".medusa", "server", ".source-hash")

export function isStale(pluginDir) {
  const stamp = stampOf(pluginDir)
  return !fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== sourceHash(pluginDir)
}

export async function buildPlugin(plugin, { log = console.log, quiet = true } = {}) {
  const started = Date.now()
  log(`Building plugin ${plugin.name} ...`)
  await run(MEDUSA_BIN, ["plugin:build"], { cwd: plugin.dir, quiet })
  fs.writeFileSync(stampOf(plugin.dir), sourceHash(plugin.dir))
  log(`Built ${plugin.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

/**
 * Builds every plugin whose build is missing or stale. SOFTSHOP_ONLY_BUILD
 * (comma-separated plugin folder names) limits this to those plugins, so work
 * in progress in another plugin cannot break a test run.
 */
export async function buildStalePlugins({ log = console.log, force = false, parallel = 2 } = {}) {
  const only = process.env.SOFTSHOP_ONLY_BUILD?.split(",").map((s) => s.trim()).filter(Boolean)
  const queue = listPlugins().filter(
    (p) => !(only && !only.includes(p.name) && fs.existsSync(path.join(p.dir, ".medusa", "server")))
  )
  // Two builds at a time: one per core.
  const worker = async () => {
    for (let plugin = queue.shift(); plugin; plugin = queue.shift()) {
      if (!force && !isStale(plugin.dir)) continue
      const p = plugin
      await withLock(`build-${p.name}`, async () => {
        if (force || isStale(p.dir)) await buildPlugin(p, { log })
      }, { log })
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
}
