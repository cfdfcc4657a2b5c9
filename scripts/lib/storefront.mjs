// The Softshop storefront (storefront/): built with Vite when its sources changed, and served
// by a small static server with an SPA fallback and the runtime configuration at /config.json.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { ROOT } from "./paths.mjs"
import { run } from "./run.mjs"
import { withLock } from "./lock.mjs"

export const STOREFRONT_DIR = path.join(ROOT, "storefront")
const DIST = path.join(STOREFRONT_DIR, "dist")
const STAMP = path.join(DIST, ".source-hash")
const VITE = path.join(ROOT, "node_modules", "vite", "bin", "vite.js")
/** Everything the build reads: the storefront and the typed client it compiles from source. */
const INPUTS = [
  path.join(STOREFRONT_DIR, "src"),
  path.join(STOREFRONT_DIR, "public"),
  path.join(STOREFRONT_DIR, "index.html"),
  path.join(STOREFRONT_DIR, "vite.config.ts"),
  path.join(STOREFRONT_DIR, "package.json"),
  path.join(ROOT, "packages", "medusa-js", "src"),
]

function files(p, out = []) {
  if (!fs.existsSync(p)) return out
  if (fs.statSync(p).isFile()) {
    out.push(p)
    return out
  }
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "__tests__") continue
    files(path.join(p, entry.name), out)
  }
  return out
}

export function storefrontSourceHash() {
  const h = crypto.createHash("sha256")
  for (const f of INPUTS.flatMap((p) => files(p)).sort()) {
    h.update(path.relative(ROOT, f))
    h.update(fs.readFileSync(f))
  }
  return h.digest("hex")
}

export function storefrontIsStale() {
  return !fs.existsSync(STAMP) || fs.readFileSync(STAMP, "utf8") !== storefrontSourceHash()
}

/** Builds storefront/dist when missing or stale (part of the run command's stale-build logic). */
export async function buildStaleStorefront({ log = console.log, force = false } = {}) {
  if (!fs.existsSync(path.join(STOREFRONT_DIR, "package.json"))) return
  if (!force && !storefrontIsStale()) return
  await withLock(
    "build-storefront",
    async () => {
      if (!force && !storefrontIsStale()) return
      const started = Date.now()
      log("Building the storefront ...")
      const hash = storefrontSourceHash()
      await run(process.execPath, [VITE, "build", "--config", path.join(STOREFRONT_DIR, "vite.config.ts")], {
        cwd: STOREFRONT_DIR,
        quiet: true,
      })
      fs.writeFileSync(STAMP, hash)
      log(`Built the storefront in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    },
    { log }
  )
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
}

/**
 * Serves storefront/dist on `port`. `/config.json` tells the app where the Store API is and which
 * publishable key to send; any other path without a file extension gets index.html (client routes).
 */
export function serveStorefront({ port, host = "0.0.0.0", backendUrl, publishableKey, regionId = null, dir = DIST }) {
  const config = JSON.stringify({ backendUrl, publishableKey, regionId })
  const root = path.resolve(dir)
  const index = path.join(root, "index.html")
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    const headers = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end()
      return
    }
    if (url.pathname === "/config.json") {
      res.writeHead(200, { ...headers, "Content-Type": TYPES[".json"], "Cache-Control": "no-store" }).end(config)
      return
    }
    let file
    try {
      file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""))
    } catch {
      res.writeHead(400, headers).end()
      return
    }
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(404, headers).end()
      return
    }
    // Dot files (the build stamp) are never served; a missing file with an extension is a 404.
    const hidden = path.basename(file).startsWith(".")
    const isFile = !hidden && fs.existsSync(file) && fs.statSync(file).isFile()
    if (hidden || (!isFile && path.extname(url.pathname))) {
      res.writeHead(404, { ...headers, "Content-Type": TYPES[".txt"] }).end("Not found")
      return
    }
    const target = isFile ? file : index
    const immutable = target.includes(`${path.sep}assets${path.sep}`)
    res.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[path.extname(target)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    })
    if (req.method === "HEAD") res.end()
    else fs.createReadStream(target).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      resolve({ port: server.address().port, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}
