import fs from "fs"
import path from "path"

/**
 * The pack's conventions (issue 16), checked over every plugin's source so they stay:
 * - no import cycle in a plugin's `src` (static graph over relative imports,
 *   type-only imports count too);
 * - `methods:` in every `middlewares.ts` (`method:` is deprecated in Medusa's `MiddlewareRoute`);
 * - step and workflow ids in core's style: kebab-case, no `-step` / `-workflow` suffix (core: `createProductsStep`
 *   and `createProductsWorkflow` are both "create-products");
 * - mail template ids `<plugin>.<kebab-purpose>` (folders under `mail-templates/` and the ids the code sends);
 * - no module-level mutable state outside caches (the server code of `src`; the admin bundle runs in the browser).
 */

/**
 * Plugins allowed to break the conventions while a conversion is in flight: every check still runs for them
 * and reports what it found, but does not fail for them. Empty: the whole pack is held to the conventions.
 */
const NOT_YET_CONVERTED: string[] = []

/** notification-nodemailer ships templates for core's own events (`order.placed`, `order.shipped`). */
const TEMPLATE_PREFIXES: Record<string, string[]> = { "notification-nodemailer": ["order"] }

const root = path.resolve(__dirname, "../../..")
const plugins = fs
  .readdirSync(path.join(root, "plugins"))
  .filter((p) => fs.existsSync(path.join(root, "plugins", p, "package.json")))
  .sort()

const SOURCE = /\.(ts|tsx)$/
function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "node_modules" || e.name === ".medusa" ? [] : walk(full)
    return SOURCE.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : []
  })
}

/**
 * Relative specifiers a file imports: static `import`/`export … from` (type-only ones too: a type cycle
 * still ties two files together and is how the runtime cycles of issue 16 started), side-effect
 * imports, dynamic `import()` and `require()`.
 */
export function relativeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  const found: string[] = []
  for (const m of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g)) found.push(m[1])
  for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*["']([^"']+)["']/g)) found.push(m[1])
  for (const m of code.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1])
  return found.filter((s) => s.startsWith("."))
}

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile() && SOURCE.test(c)) ?? null
}

/** Every cycle's files (one entry per strongly connected component of more than one file, or a file importing itself). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const stack: string[] = []
  const onStack = new Set<string>()
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const cycles: string[][] = []
  const visit = (v: string) => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort())
    }
  }
  for (const v of graph.keys()) if (!idx.has(v)) visit(v)
  return cycles
}

function importGraph(plugin: string): Map<string, string[]> {
  const src = path.join(root, "plugins", plugin, "src")
  const graph = new Map<string, string[]>()
  for (const file of walk(src)) {
    const targets = relativeImports(fs.readFileSync(file, "utf8"))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => !!t && t.startsWith(src))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** `method:` keys in a middlewares file (comments ignored). */
export function deprecatedMethodKeys(source: string): number {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "")
  return (code.match(/\bmethod\s*:/g) ?? []).length
}

/** Step ids in a source file: `createStep("id", …)`, `createStep({ name: "id" … })` and string ids ending in `-step`. */
export function stepIds(source: string): string[] {
  const ids = new Set<string>()
  for (const m of source.matchAll(/createStep\(\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1])
  for (const m of source.matchAll(/createStep\(\s*\{\s*name:\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1])
  for (const m of source.matchAll(/["'`]([a-z0-9]+(?:-[a-z0-9]+)*-step)["'`]/g)) ids.add(m[1])
  return [...ids]
}
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const badStepId = (id: string) => !KEBAB.test(id) || id.endsWith("-step")
/** Workflow ids in a source file: `createWorkflow("id", …)` and `createWorkflow({ name: "id" … })`. */
export function workflowIds(source: string): string[] {
  const ids = new Set<string>()
  for (const m of source.matchAll(/createWorkflow\(\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1])
  for (const m of source.matchAll(/createWorkflow\(\s*\{\s*name:\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1])
  return [...ids]
}
export const badWorkflowId = (id: string) => !KEBAB.test(id) || id.endsWith("-workflow")

const TEMPLATE_ID = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/
export const badTemplateId = (id: string, prefixes: string[]) => !TEMPLATE_ID.test(id) || !prefixes.includes(id.split(".")[0])

function templatePrefixes(plugin: string) {
  return [plugin, plugin.replace(/^(payment|notification)-/, ""), ...(TEMPLATE_PREFIXES[plugin] ?? [])]
}
function templateFolders(plugin: string): string[] {
  const dir = path.join(root, "plugins", plugin, "mail-templates")
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("_"))
    .map((e) => e.name)
}
/**
 * Mail template ids the code names: `template: "x.y"` values and `"<prefix>.<snake_case>"` literals of a
 * template prefix. Values without a dot are not mail templates (`"admin-ui"` is Medusa's admin feed);
 * the admin UI (i18n keys such as `reviews.no_title`) and tests are not scanned.
 */
function templateIdsInCode(plugin: string): string[] {
  const prefixes = templatePrefixes(plugin)
  const src = path.join(root, "plugins", plugin, "src")
  const ids = new Set<string>()
  for (const file of walk(src)) {
    const r = path.relative(src, file)
    if (r.startsWith(`admin${path.sep}`) || r.split(path.sep).includes("__tests__")) continue
    const source = fs.readFileSync(file, "utf8")
    for (const m of source.matchAll(/\btemplate:\s*["'`]([^"'`$]+)["'`]/g)) if (m[1].includes(".")) ids.add(m[1])
    for (const m of source.matchAll(/["'`]([a-z0-9-]+)\.([a-z0-9]+_[a-z0-9_]+)["'`]/g)) {
      if (prefixes.includes(m[1])) ids.add(`${m[1]}.${m[2]}`)
    }
  }
  return [...ids]
}

/**
 * Module-level mutable state in one file: a top-level `let`/`var`, or a top-level `const` Map/Set/WeakMap/
 * WeakSet/array/object that the file mutates (`.set(`, `.add(`, `.push(`, `x[k] =` …) unless its name says it
 * is a cache (`…Cache`): a value computed from its key that any process could rebuild. State that decides
 * behaviour across requests (a limiter's counts, a provider registry, a test clock) belongs in a module
 * service or Medusa's cache module, where two servers share it.
 */
export function moduleState(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  const found: string[] = []
  for (const m of code.matchAll(/^(?:export\s+)?(let|var)\s+(\w+)/gm)) found.push(`${m[1]} ${m[2]}`)
  for (const m of code.matchAll(/^(?:export\s+)?const\s+(\w+)\s*(?::[^=\n]+)?=\s*(new\s+(?:Map|Set|WeakMap|WeakSet)\b|\[|\{)/gm)) {
    const name = m[1]
    if (/Cache$/.test(name)) continue
    const mutated = new RegExp(`\\b${name}\\s*(?:\\.(?:set|add|delete|clear|push|pop|shift|unshift|splice)\\s*\\(|\\[[^\\]]+\\]\\s*=[^=]|\\.\\w+\\s*=[^=])`)
    if (mutated.test(code)) found.push(`const ${name} (mutated)`)
  }
  return found
}

type Finding = { plugin: string; what: string }
function report(findings: Finding[]) {
  const pending = findings.filter((f) => NOT_YET_CONVERTED.includes(f.plugin))
  if (pending.length) {
    // eslint-disable-next-line no-console
    console.info(`structure: ${pending.length} finding(s) in plugins not yet converted:\n${pending.map((f) => `  ${f.plugin}: ${f.what}`).join("\n")}`)
  }
  return findings.filter((f) => !NOT_YET_CONVERTED.includes(f.plugin)).map((f) => `${f.plugin}: ${f.what}`)
}
const rel = (f: string) => path.relative(root, f)

describe("structure: the detectors", () => {
  it("should find a cycle and not a chain", () => {
    const cyclic = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ])
    expect(findCycles(cyclic)).toEqual([["a", "b", "c"]])
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", []],
        ])
      )
    ).toEqual([])
    expect(findCycles(new Map([["a", ["a"]]]))).toEqual([["a"]])
  })

  it("should read relative imports, type-only ones included", () => {
    const source = [
      `import { a } from "./a"`,
      `import type { B } from "./b"`,
      `import {\n  type C,\n} from "./c"`,
      `export { d } from "../d"`,
      `import "./side-effect"`,
      `const f = await import("./f")`,
      `import { Modules } from "@medusajs/framework/utils"`,
      `// import { g } from "./g"`,
    ].join("\n")
    expect(relativeImports(source).sort()).toEqual(["../d", "./a", "./b", "./c", "./f", "./side-effect"])
  })

  it("should find module-level mutable state and let caches be", () => {
    const source = [
      "let clock: Date | null = null",
      "export var legacy = 1",
      "const providers = new Map<string, object>()",
      "export function register(id: string, p: object) { providers.set(id, p) }",
      "const queue: string[] = []",
      "queue.push('x')",
      "const flags = {} as Record<string, boolean>",
      "flags.on = true",
      "const digitsCache = new Map<string, number>()",
      "digitsCache.set('EUR', 2)",
      "const KNOWN = new Set(['a', 'b'])",
      "export const isKnown = (v: string) => KNOWN.has(v)",
      "function f() { let local = 1; local++; return local }",
      "// let commented = 1",
    ].join("\n")
    expect(moduleState(source)).toEqual(["let clock", "var legacy", "const providers (mutated)", "const queue (mutated)", "const flags (mutated)"])
  })

  it("should flag `method:`, `-step` ids and snake_case template ids", () => {
    expect(deprecatedMethodKeys(`{ matcher: "/x", method: ["GET"] }`)).toBe(1)
    expect(deprecatedMethodKeys(`{ matcher: "/x", methods: ["GET"] } // method: old`)).toBe(0)
    expect(stepIds(`createStep("x-create-thing-step", fn)`).filter(badStepId)).toEqual(["x-create-thing-step"])
    expect(stepIds(`createStep({ name: "x-create-thing" }, fn)`).filter(badStepId)).toEqual([])
    expect(workflowIds(`createWorkflow("x_create_thing", fn)`).filter(badWorkflowId)).toEqual(["x_create_thing"])
    expect(workflowIds(`createWorkflow({ name: "x-create-thing" }, fn)`).filter(badWorkflowId)).toEqual([])
    expect(badTemplateId("repairs.status_changed", ["repairs"])).toBe(true)
    expect(badTemplateId("repairs.status-changed", ["repairs"])).toBe(false)
    expect(badTemplateId("auctions.won", ["repairs"])).toBe(true)
  })
})

describe("structure: every plugin", () => {
  it("should find the plugins", () => {
    expect(plugins).toEqual(expect.arrayContaining(["auctions", "contests", "notification-nodemailer", "repairs", "reviews"]))
  })

  it("should have no import cycle in a plugin's src", () => {
    const findings: Finding[] = plugins.flatMap((plugin) =>
      findCycles(importGraph(plugin)).map((cycle) => ({ plugin, what: `import cycle ${cycle.map(rel).join(" ⇄ ")}` }))
    )
    expect(report(findings)).toEqual([])
  })

  it("should use `methods:` in every middlewares.ts", () => {
    const findings: Finding[] = plugins.flatMap((plugin) =>
      walk(path.join(root, "plugins", plugin, "src"))
        .filter((f) => path.basename(f) === "middlewares.ts")
        .map((f) => ({ file: f, n: deprecatedMethodKeys(fs.readFileSync(f, "utf8")) }))
        .filter(({ n }) => n > 0)
        .map(({ file, n }) => ({ plugin, what: `${n}× method: in ${rel(file)}` }))
    )
    expect(report(findings)).toEqual([])
  })

  it("should name steps in core's style (kebab-case, no -step suffix)", () => {
    const findings: Finding[] = plugins.flatMap((plugin) =>
      walk(path.join(root, "plugins", plugin, "src")).flatMap((f) =>
        stepIds(fs.readFileSync(f, "utf8"))
          .filter(badStepId)
          .map((id) => ({ plugin, what: `step id "${id}" in ${rel(f)}` }))
      )
    )
    expect(report(findings)).toEqual([])
  })

  it("should name workflows in core's style (kebab-case, no -workflow suffix)", () => {
    const findings: Finding[] = plugins.flatMap((plugin) =>
      walk(path.join(root, "plugins", plugin, "src")).flatMap((f) =>
        workflowIds(fs.readFileSync(f, "utf8"))
          .filter(badWorkflowId)
          .map((id) => ({ plugin, what: `workflow id "${id}" in ${rel(f)}` }))
      )
    )
    expect(report(findings)).toEqual([])
  })

  it("should name mail templates <plugin>.<kebab-purpose>", () => {
    const findings: Finding[] = plugins.flatMap((plugin) => {
      const prefixes = templatePrefixes(plugin)
      return [...templateFolders(plugin).map((id) => ({ id, where: "mail-templates/" })), ...templateIdsInCode(plugin).map((id) => ({ id, where: "src" }))]
        .filter(({ id }) => badTemplateId(id, prefixes))
        .map(({ id, where }) => ({ plugin, what: `template id "${id}" (${where})` }))
    })
    expect(report(findings)).toEqual([])
  })

  it("should send only templates a plugin ships (folder per id the code names)", () => {
    const findings: Finding[] = plugins.flatMap((plugin) => {
      const folders = new Set(templateFolders(plugin))
      if (!folders.size) return []
      return templateIdsInCode(plugin)
        .filter((id) => !folders.has(id) && id.split(".")[0] === plugin)
        .map((id) => ({ plugin, what: `template "${id}" is sent but has no mail-templates/${id}` }))
    })
    expect(report(findings)).toEqual([])
  })

  it("should keep no module-level mutable state outside caches in a plugin's server code", () => {
    const findings: Finding[] = plugins.flatMap((plugin) => {
      const src = path.join(root, "plugins", plugin, "src")
      return walk(src)
        .filter((f) => {
          const r = path.relative(src, f).split(path.sep)
          return r[0] !== "admin" && !r.includes("__tests__") && !/\.(spec|test)\.tsx?$/.test(f)
        })
        .flatMap((f) => moduleState(fs.readFileSync(f, "utf8")).map((what) => ({ plugin, what: `${what} in ${rel(f)}` })))
    })
    expect(report(findings)).toEqual([])
  })

  it("should keep every copy of a module's query-aliases.ts identical (one helper, copied, not forked)", () => {
    const copies = plugins.flatMap((plugin) => {
      const modules = path.join(root, "plugins", plugin, "src/modules")
      if (!fs.existsSync(modules)) return []
      return fs
        .readdirSync(modules)
        .map((m) => path.join(modules, m, "query-aliases.ts"))
        .filter((f) => fs.existsSync(f))
    })
    expect(copies.map(rel).sort()).toEqual(
      expect.arrayContaining(["plugins/newsletter/src/modules/newsletter/query-aliases.ts", "plugins/privacy/src/modules/privacy/query-aliases.ts"])
    )
    const canonical = fs.readFileSync(copies[0], "utf8")
    expect(copies.filter((f) => fs.readFileSync(f, "utf8") !== canonical).map(rel)).toEqual([])
  })
})
