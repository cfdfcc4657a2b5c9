import fs from "fs"
import path from "path"

const SRC = path.resolve(__dirname, "..")
// Static imports and re-exports, type-only ones included: a type cycle is still a cycle between files.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/g

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "__tests__" ? [] : sourceFiles(full)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : []
  })
}

function resolve(from: string, spec: string) {
  const base = path.resolve(path.dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
}

/** The import graph over relative imports of a source tree. */
export function importGraph(root: string) {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, "utf8")
    const deps = [...text.matchAll(IMPORT)].map((m) => m[1]).filter((s) => s.startsWith("."))
    graph.set(
      file,
      deps.map((d) => resolve(file, d)).filter((f): f is string => !!f)
    )
  }
  return graph
}

/** Every cycle found by a depth-first walk, each as the files of the loop. */
export function findCycles(graph: Map<string, string[]>) {
  const cycles: string[][] = []
  const state = new Map<string, "open" | "done">()
  const stack: string[] = []
  const visit = (file: string) => {
    state.set(file, "open")
    stack.push(file)
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === "open") cycles.push([...stack.slice(stack.indexOf(dep)), dep])
      else if (!state.has(dep)) visit(dep)
    }
    stack.pop()
    state.set(file, "done")
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return cycles
}

describe("newsletter imports", () => {
  it("should find a cycle when there is one (the checker itself)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ])
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]])
  })

  it("should read type-only imports and re-exports as edges", () => {
    const graph = importGraph(SRC)
    const service = path.join(SRC, "modules/newsletter/service.ts")
    expect(graph.get(service)).toEqual(expect.arrayContaining([path.join(SRC, "modules/newsletter/types.ts"), path.join(SRC, "modules/newsletter/data.ts")]))
  })

  it("should have no import cycle in plugins/newsletter/src", () => {
    const cycles = findCycles(importGraph(SRC)).map((c) => c.map((f) => path.relative(SRC, f)).join(" → "))
    expect(cycles).toEqual([])
  })
})
