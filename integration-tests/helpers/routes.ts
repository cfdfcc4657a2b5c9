import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type Method = (typeof METHODS)[number]

/** One route handler file a plugin adds, as Medusa mounts it: `plugins/x/src/api/store/a/[id]/route.ts` → `/store/a/:id`. */
export type PluginRoute = {
  plugin: string
  file: string
  /** Express-style path: `/store/auctions/:id/bids`. */
  path: string
  params: string[]
  methods: Method[]
  /** The handler answers a text/event-stream (kept open): requests to it are aborted after a short time. */
  stream: boolean
}

function walk(dir: string, out: string[]) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== "__tests__") walk(full, out)
    } else if (/^route\.(ts|js)$/.test(entry.name)) {
      out.push(full)
    }
  }
}

/** The HTTP methods a route file exports (`export const GET`, `export async function POST`, `export { GET }`). */
export function exportedMethods(source: string): Method[] {
  const found = new Set<Method>()
  const direct = /export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
  for (const m of source.matchAll(direct)) found.add(m[1] as Method)
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1].split(",").map((s) =>
      s
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim()
    )) {
      if ((METHODS as readonly string[]).includes(name)) found.add(name as Method)
    }
  }
  return METHODS.filter((m) => found.has(m))
}

/**
 * Every route the plugins add, found from their `src/api` folders (so a new plugin, or a new route in an
 * old one, is covered without touching the tests).
 */
export function discoverPluginRoutes(root = ROOT): PluginRoute[] {
  const pluginsDir = path.join(root, "plugins")
  const routes: PluginRoute[] = []
  for (const plugin of fs.readdirSync(pluginsDir).sort()) {
    const apiDir = path.join(pluginsDir, plugin, "src", "api")
    if (!fs.existsSync(apiDir)) continue
    const files: string[] = []
    walk(apiDir, files)
    for (const file of files.sort()) {
      const rel = path.relative(apiDir, path.dirname(file)).split(path.sep).filter(Boolean)
      const params: string[] = []
      const segments = rel.map((seg) => {
        const m = seg.match(/^\[(\.\.\.)?(\w+)\]$/)
        if (!m) return seg
        params.push(m[2])
        return m[1] ? "*" : `:${m[2]}`
      })
      const source = fs.readFileSync(file, "utf8")
      routes.push({
        plugin,
        file: path.relative(root, file),
        path: `/${segments.join("/")}`,
        params,
        methods: exportedMethods(source),
        stream: source.includes("text/event-stream"),
      })
    }
  }
  return routes
}

/** The route's path with its parameters filled in (each already URL-encoded, or deliberately not). */
export function fill(route: Pick<PluginRoute, "path">, values: Record<string, string> | ((param: string) => string)) {
  return route.path.replace(/:(\w+)/g, (_, name: string) => (typeof values === "function" ? values(name) : (values[name] ?? "zz_unknown")))
}

/** The namespace a route answers in, which decides the credentials it wants. */
export const namespaceOf = (p: string) => (p.startsWith("/admin") ? "admin" : p.startsWith("/store") ? "store" : p.startsWith("/auth") ? "auth" : "public")
