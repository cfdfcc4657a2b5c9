import fs from "node:fs"
import path from "node:path"

/**
 * No import cycles inside the plugin's source: the static graph of its relative imports (`import … from`,
 * `export … from`, `import type`, `import("…")`, `require("…")`) must be acyclic. A cycle is what the old
 * module-level provider registry caused (registry ↔ provider ↔ notification reader); with it, which module is
 * half-initialised at import time depends on who is imported first.
 */

const SRC = path.resolve(__dirname, "..")
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"]
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(["'])(\.{1,2}\/[^"']*)\1/gm

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : []
  })
}

/** Strips comments so an example in a doc comment is not an import. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1")

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec)
  if (/\.tsx?$/.test(base) && fs.existsSync(base)) return base
  return EXTENSIONS.map((ext) => base + ext).find((candidate) => fs.existsSync(candidate))
}

/** file → the plugin files it imports (relative imports inside `root` only; packages are outside the graph). */
export function importGraph(root: string) {
  const graph = new Map<string, string[]>()
  const unresolved: string[] = []
  for (const file of sourceFiles(root)) {
    const edges = new Set<string>()
    for (const match of withoutComments(fs.readFileSync(file, "utf8")).matchAll(IMPORT)) {
      // Only the plugin's own files are nodes (a test's fake server outside src is not).
      if (!path.resolve(path.dirname(file), match[2]).startsWith(root + path.sep)) continue
      const target = resolveImport(file, match[2])
      if (target) edges.add(target)
      else if (!/\.(json|css|svg|png)$/.test(match[2])) unresolved.push(`${path.relative(root, file)} → ${match[2]}`)
    }
    graph.set(file, [...edges])
  }
  return { graph, unresolved }
}

/** Every cycle reachable in the graph, each as the path that closes it (first node repeated at the end). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, "visiting" | "done">()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, "visiting")
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, "done")
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return cycles
}

describe("payment-multisafepay import graph", () => {
  it("finds a cycle when there is one (the detector itself)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ])
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]])
    expect(findCycles(new Map([["a", ["a"]]]))).toEqual([["a", "a"]])
    expect(
      findCycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ])
      )
    ).toEqual([])
  })

  it("has no import cycle in plugins/payment-multisafepay/src", () => {
    const { graph, unresolved } = importGraph(SRC)
    // The graph is the real one: every relative import resolved, and the provider's known edges present.
    expect(unresolved).toEqual([])
    const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/")
    const edges = [...graph].flatMap(([from, to]) => to.map((t) => `${rel(from)} → ${rel(t)}`))
    expect(graph.size).toBeGreaterThan(50)
    expect(edges).toContain("providers/multisafepay/service.ts → providers/multisafepay/core/multisafepay-base.ts")
    expect(edges).toContain("providers/multisafepay/core/multisafepay-base.ts → providers/multisafepay/core/notifications.ts")

    expect(findCycles(graph).map((cycle) => cycle.map(rel).join(" → "))).toEqual([])
  })
})

describe("payment-multisafepay module state", () => {
  // Module-level mutable state (a provider map, a clock, an import-time flag) is what made MultiSafepay
  // "not configured until the first checkout" and switched Medusa's webhook handler off at import time.
  // State lives on instances (the provider, its notification reader); module level holds constants only.
  const MUTABLE = /^(?:export\s+)?(?:let|var)\s+\w+|^(?:export\s+)?const\s+\w+(?:\s*:[^=]+)?\s*=\s*new\s+(?:Map|WeakMap)\b/gm

  it("flags a module-level let or Map (the scan itself)", () => {
    expect("let providers = {}\nexport const byId = new Map<string, number>()\nconst KNOWN = new Set([1])\n".match(MUTABLE)).toEqual([
      "let providers",
      "export const byId = new Map",
    ])
  })

  it("has no module-level let/var or Map in plugins/payment-multisafepay/src", () => {
    const files = sourceFiles(SRC).filter((f) => !f.includes(`${path.sep}__tests__${path.sep}`))
    expect(files.length).toBeGreaterThan(50)
    const found = files.flatMap((f) => [...withoutComments(fs.readFileSync(f, "utf8")).matchAll(MUTABLE)].map((m) => `${path.relative(SRC, f)}: ${m[0]}`))
    expect(found).toEqual([])
  })
})
