import fs from "fs"
import path from "path"

/**
 * Issue 16, "no business writes in `utils/` or route handlers": a plugin writes through workflows (steps with
 * compensation, `src/workflows/`); its `src/utils/**` and `src/api/**` (route handlers and middlewares) validate,
 * read, run a workflow and read the result back. This guard reads those files and reports every write it finds:
 * - a module service's write method: the generated ones (`create…`, `update…`, `delete…`, `softDelete…`,
 *   `restore…`, `upsert…`, notifications included) and the plugin's own service methods that open a write
 *   transaction (`@InjectTransactionManager()`);
 * - raw SQL writes (`insert into`, `update … set`, `delete from`, `truncate` in a string; knex's `.insert(`,
 *   `.del(`, `.merge(`, `.increment(` …), MikroORM entity-manager writes (`manager.persist(` …) and Link
 *   module writes (`link.create(` / `.dismiss(` / `.delete(`).
 * Not writes of business data, so not reported: cache counters (`cache.set`), locks (`locking.execute`),
 * reads, and writes inside `src/workflows`, `src/modules`, `src/subscribers`, `src/jobs` and providers.
 *
 * What is not converted yet is listed in NOT_YET_CONVERTED with how many writes of each kind a file holds: a new
 * write anywhere fails, and so does an entry that no longer matches (the list only shrinks).
 */

/**
 * `file → { write → count }`, or `"*"` for a file another change is rewriting right now (any write in it is
 * tolerated until that lands). Keys are paths from the repository root.
 */
const NOT_YET_CONVERTED: Record<string, Record<string, number> | "*"> = {
  // privacy: nothing left (Medusa's own tables are erased by the Medusa core provider, a step of the erasure workflows).
  // auctions: nothing left (the bid route runs placeBidWorkflow's step bodies without the engine, issue 17's measured
  // choice: src/workflows/auctions/place-bid-direct.ts, its undo the step's own compensation).
  // auctions: the outbid and winner mails are sent by the auctions-send-auction-mails step.
  // contests: nothing left (the maintenance job and the winner mails run workflows, plugins/contests/README.md).
  // newsletter: nothing left (the campaign sender runs one workflow per batch, the confirmation mail is its step's own).
  // payment-multisafepay: nothing left (session closing, payment data and the admin sync are workflow steps).
  // repairs: nothing left (the routes, the mails and the deletion sweep write through src/workflows/repairs).
  // reviews: nothing left (version 1 of the policy and the check text is stored by a migration, so reading them
  // never writes; the request queue, opt-out and summary repair are workflows, plugins/reviews/README.md).
}

/**
 * Service methods under `@InjectTransactionManager()` that only read (one transaction for a consistent snapshot):
 * not writes. Checked by reading their bodies; a method that starts writing must leave this list.
 */
const TRANSACTIONAL_READS: Record<string, string[]> = {
  // The code-limit check of a contest's fields and the response report (the maintenance job, not the report,
  // freezes the summary).
  contests: ["checkFields", "responseReport"],
}

const root = path.resolve(__dirname, "../../..")
const plugins = fs
  .readdirSync(path.join(root, "plugins"))
  .filter((p) => fs.existsSync(path.join(root, "plugins", p, "package.json")))
  .sort()

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return ["node_modules", ".medusa", "__tests__"].includes(e.name) ? [] : walk(full)
    return /\.tsx?$/.test(e.name) && !/\.(d|spec|test)\.tsx?$/.test(e.name) ? [full] : []
  })
}

/** Comments removed (strings kept: SQL lives in them); block comments keep their line breaks. */
export const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")

const GENERATED_WRITE = /\.((?:create|update|delete|softDelete|restore|upsert)[A-Z]\w*)\s*\(/g
/** Node's and the DOM's factories, not module services. */
const NOT_A_SERVICE = new Set([
  "createHash",
  "createHmac",
  "createCipheriv",
  "createDecipheriv",
  "createReadStream",
  "createWriteStream",
  "createServer",
  "createElement",
  "createContext",
])
const SQL_WRITE = /["'`][^"'`]*?\b(insert\s+into|update\s+[\w".]+\s+set\b|delete\s+from|truncate\s+(?:table\s+)?[\w"])/gi
const KNEX_WRITE = /\.(insert|del|merge|increment|decrement|truncate|onConflict)\s*\(/g
/** `.update(` of a query builder, not of a hash or an HMAC (`createHmac(…).update(payload)`, removed first). */
const HASH_UPDATE = /\bcreate(?:Hash|Hmac)\s*\((?:[^()]|\([^()]*\))*\)\s*\.update\s*\(/g
const KNEX_UPDATE = /\.update\s*\(/g
const ORM_WRITE = /\b(?:manager|em|entityManager)\.(persist\w*|flush|remove\w*|native(?:Insert|Update|Delete)|insert\w*|upsert\w*|execute)\s*\(/g
const LINK_WRITE = /\b(?:link|remoteLink)\.(create|dismiss|delete|restore|softDelete)\s*\(/g

/** The plugin's own service methods that open a write transaction (`@InjectTransactionManager()`). */
export function transactionalMethods(source: string): string[] {
  const names = new Set<string>()
  for (const m of source.matchAll(/@InjectTransactionManager\([^)]*\)\s*(?:(?:public|protected|private)\s+)?(?:async\s+)?(\w+)\s*\(/g)) names.add(m[1])
  return [...names]
}

/** Every write in one file's source: `{ write → count }`. */
export function writesIn(source: string, customWrites: string[] = []): Record<string, number> {
  const code = withoutComments(source)
  const found: Record<string, number> = {}
  const add = (what: string) => (found[what] = (found[what] ?? 0) + 1)
  for (const m of code.matchAll(GENERATED_WRITE)) if (!NOT_A_SERVICE.has(m[1])) add(m[1])
  for (const m of code.matchAll(SQL_WRITE)) add(`sql ${m[1].split(/\s+/)[0].toLowerCase()}`)
  for (const m of code.matchAll(KNEX_WRITE)) add(`knex .${m[1]}(`)
  for (const _ of code.replace(HASH_UPDATE, "").matchAll(KNEX_UPDATE)) add("knex .update(")
  for (const m of code.matchAll(ORM_WRITE)) add(`manager.${m[1]}(`)
  for (const m of code.matchAll(LINK_WRITE)) add(`link.${m[1]}(`)
  for (const name of customWrites) {
    const n = [...code.matchAll(new RegExp(`\\.${name}\\s*\\(`, "g"))].length
    if (n) found[name] = (found[name] ?? 0) + n
  }
  return found
}

/**
 * The plugin's own service methods under `@InjectManager()` that write through the service's generated methods
 * (create-or-return-existing upserts that must not run inside one transaction): the body up to the next decorated
 * method is read.
 */
export function managerWriteMethods(source: string): string[] {
  const code = withoutComments(source)
  const names = new Set<string>()
  const decorated = [...code.matchAll(/@Inject(?:Transaction)?Manager\([^)]*\)\s*(?:(?:public|protected|private)\s+)?(?:async\s+)?(\w+)\s*\(/g)]
  decorated.forEach((m, i) => {
    if (!m[0].startsWith("@InjectManager")) return
    const body = code.slice(m.index! + m[0].length, decorated[i + 1]?.index ?? code.length)
    if ([...body.matchAll(GENERATED_WRITE)].some((w) => !NOT_A_SERVICE.has(w[1])) || ORM_WRITE.test(body)) names.add(m[1])
    ORM_WRITE.lastIndex = 0
  })
  return [...names]
}

function customWritesOf(plugin: string): string[] {
  const names = new Set<string>()
  for (const file of walk(path.join(root, "plugins", plugin, "src", "modules"))) {
    const source = fs.readFileSync(file, "utf8")
    for (const name of [...transactionalMethods(source), ...managerWriteMethods(source)]) names.add(name)
  }
  return [...names].filter((name) => !(TRANSACTIONAL_READS[plugin] ?? []).includes(name))
}

/** `file → writes` for every file of `src/utils` and `src/api` of every plugin that holds one. */
function scan(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const plugin of plugins) {
    const custom = customWritesOf(plugin)
    const files = ["utils", "api"].flatMap((dir) => walk(path.join(root, "plugins", plugin, "src", dir)))
    for (const file of files) {
      const writes = writesIn(fs.readFileSync(file, "utf8"), custom)
      if (Object.keys(writes).length) out[path.relative(root, file).split(path.sep).join("/")] = writes
    }
  }
  return out
}

describe("business writes: the detector", () => {
  it("should find module-service, SQL, knex, entity-manager and link writes", () => {
    const source = [
      `await privacy.createAuditLogs({ rule: "x" })`,
      `await service.updateProcessors([{ id }])`,
      `await notifications.createNotifications(n)`,
      `await knex.raw("delete from ?? where ?? = any(?)", [t, c, ids])`,
      "await pg.raw(`UPDATE customer SET email = null WHERE id = ?`, [id])",
      `await knex("review").where({ id }).update({ status })`,
      `await knex("review").insert(row)`,
      `await manager.persistAndFlush(entity)`,
      `await link.dismiss(links)`,
      `await reviews.approveReview(id)`,
    ].join("\n")
    expect(writesIn(source, ["approveReview"])).toEqual({
      createAuditLogs: 1,
      updateProcessors: 1,
      createNotifications: 1,
      "sql delete": 1,
      "sql update": 1,
      "knex .update(": 1,
      "knex .insert(": 1,
      "manager.persistAndFlush(": 1,
      "link.dismiss(": 1,
      approveReview: 1,
    })
  })

  it("should not count reads, hashes, cache counters, locks or comments", () => {
    const source = [
      `const h = createHash("sha256").update(body).digest("hex")`,
      `const s = createHmac("sha256", secret).update(payload).digest("base64url")`,
      `const [rows] = await privacy.listAuditLogs({ rule: "export" })`,
      `await cache.set(key, n + 1, ttl)`,
      `await locking.execute(key, job, { timeout: 5 })`,
      `const { rows } = await pg.raw("select id from customer where id = ?", [id])`,
      `// await privacy.createAuditLogs({ rule: "x" })`,
      `/* delete from customer */`,
      `const workflow = createWorkflow("x", fn)`,
      `const text = "Update your settings"`,
    ].join("\n")
    expect(writesIn(source)).toEqual({})
  })

  it("should read the service methods that open a write transaction", () => {
    const source = `class S {\n  @InjectTransactionManager()\n  async approveReview(id: string, @MedusaContext() ctx = {}) {}\n  @InjectManager()\n  async listThings() {}\n}`
    expect(transactionalMethods(source)).toEqual(["approveReview"])
  })

  it("should read the service methods under @InjectManager() that write through generated methods", () => {
    const source = [
      "class S {",
      "  @InjectManager()",
      "  async flagThing(input: X, @MedusaContext() ctx = {}) {",
      "    const [existing] = await this.listThings({ key: input.key }, { take: 1 }, ctx)",
      "    return existing ?? (await this.createThings(input, ctx))",
      "  }",
      "  @InjectManager()",
      "  async countThings(@MedusaContext() ctx = {}) {",
      "    return (await this.listAndCountThings({}, {}, ctx))[1]",
      "  }",
      "}",
    ].join("\n")
    expect(managerWriteMethods(source)).toEqual(["flagThing"])
  })
})

describe("business writes: utils and route handlers of every plugin", () => {
  const found = scan()

  it("should scan every plugin, privacy included", () => {
    expect(plugins).toEqual(expect.arrayContaining(["privacy", "reviews", "repairs", "contests", "auctions", "newsletter", "payment-multisafepay"]))
    // Privacy writes nothing outside workflows any more: the scan must still have read its utils/ and api/ files.
    expect(walk(path.join(root, "plugins", "privacy", "src", "utils")).length).toBeGreaterThan(5)
    expect(walk(path.join(root, "plugins", "privacy", "src", "api")).length).toBeGreaterThan(5)
    // Reviews and contests write nothing outside workflows either: their files are read all the same.
    for (const plugin of ["reviews", "contests"]) expect(walk(path.join(root, "plugins", plugin, "src", "api")).length).toBeGreaterThan(5)
  })

  it("should write only through workflows (no write outside NOT_YET_CONVERTED)", () => {
    const unexpected: string[] = []
    for (const [file, writes] of Object.entries(found)) {
      const allowed = NOT_YET_CONVERTED[file]
      if (allowed === "*") continue
      for (const [what, n] of Object.entries(writes)) {
        const ok = allowed?.[what] ?? 0
        if (n > ok) unexpected.push(`${file}: ${what} ×${n}${ok ? ` (${ok} listed)` : ""}`)
      }
    }
    expect(unexpected).toEqual([])
  })

  it("should list only writes that are still there (remove an entry once its file is converted)", () => {
    const stale: string[] = []
    for (const [file, allowed] of Object.entries(NOT_YET_CONVERTED)) {
      const writes = found[file] ?? {}
      if (allowed === "*") {
        if (!Object.keys(writes).length) stale.push(`${file}: no write left`)
        continue
      }
      for (const [what, n] of Object.entries(allowed)) if ((writes[what] ?? 0) < n) stale.push(`${file}: ${what} ×${n} listed, ${writes[what] ?? 0} found`)
    }
    expect(stale).toEqual([])
  })
})
