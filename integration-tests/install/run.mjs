// The install tier: every plugin's `npm pack` tarball installed into a fresh Medusa app that this test
// scaffolds itself in a temporary folder outside the workspace (only the npm registry is used), registered
// as its README says, migrated, booted and called; then all plugins together with the admin built.
// See integration-tests/README.md ("install" tier) for the matrix and its cost.
import crypto from "node:crypto"
import { spawn } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { buildDatabaseUrl } from "../../scripts/lib/db.mjs"
import { freePort } from "../../scripts/lib/net.mjs"
import { ROOT } from "../../scripts/lib/paths.mjs"
import { run } from "../../scripts/lib/run.mjs"
import { PLUGINS, TYPED_IMPORTS } from "./plugins.mjs"

const require = createRequire(import.meta.url)
const semver = require("semver")
const { Client } = require("@medusajs/framework/pg")

const ROOT_PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]
/** node_modules of the scaffolded base app per Medusa version, reused between runs (outside the workspace). */
const CACHE_DIR = process.env.SOFTSHOP_INSTALL_CACHE ?? path.join(os.tmpdir(), "softshop-install-cache")
const ADMIN = { email: "install@softshop.test", password: "install-test-password" }

/** The versions to test: lowest and highest published release inside the plugins' declared peer range. */
async function medusaVersions(log) {
  const ranges = new Set(
    PLUGINS.map((p) => readPluginPkg(p).peerDependencies?.["@medusajs/framework"]).filter(Boolean)
  )
  if (ranges.size !== 1) throw new Error(`the plugins declare different @medusajs/framework ranges: ${[...ranges].join(", ")}`)
  const [range] = ranges
  const out = await run("npm", ["view", "@medusajs/medusa", "versions", "--json", ...NPM_FLAGS], { cwd: os.tmpdir(), quiet: true })
  const inRange = JSON.parse(out).filter((v) => !semver.prerelease(v) && semver.satisfies(v, range))
  if (!inRange.length) throw new Error(`no published @medusajs/medusa release satisfies ${range}`)
  const versions = [...new Set([inRange[0], inRange[inRange.length - 1]])]
  log(`peer range ${range}: testing Medusa ${versions.join(" and ")}`)
  return { range, low: inRange[0], high: inRange[inRange.length - 1] }
}

const readPluginPkg = (p) => JSON.parse(fs.readFileSync(path.join(ROOT, "plugins", p.name, "package.json"), "utf8"))

/** `npm pack` of every plugin (its build output must be fresh: scripts/test.mjs builds stale plugins first). */
async function packPlugins(dir, log) {
  const t0 = Date.now()
  const args = ["pack", "--json", "--pack-destination", dir, ...NPM_FLAGS]
  for (const p of PLUGINS) args.push("--workspace", `plugins/${p.name}`)
  const packed = JSON.parse(await run("npm", args, { cwd: ROOT, quiet: true }).then((o) => o.slice(o.indexOf("["))))
  const tarballs = {}
  for (const entry of packed) {
    const plugin = PLUGINS.find((p) => p.pkg === entry.name)
    if (!plugin) continue
    const files = entry.files.map((f) => f.path)
    tarballs[plugin.name] = { file: path.join(dir, entry.filename), files, integrity: entry.integrity }
  }
  log(`packed ${Object.keys(tarballs).length} plugins in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  return tarballs
}

/** package.json of a fresh Medusa app (what create-medusa-app writes, minus the test tooling). */
function appPackageJson(version, tarballs) {
  const dev = ROOT_PKG.devDependencies
  return {
    name: "softshop-install-test-app",
    version: "0.0.0",
    private: true,
    scripts: { build: "medusa build", start: "medusa start" },
    dependencies: {
      "@medusajs/admin-sdk": version,
      "@medusajs/cli": version,
      "@medusajs/framework": version,
      "@medusajs/medusa": version,
      ...Object.fromEntries(Object.entries(tarballs ?? {}).map(([name, t]) => [PLUGINS.find((p) => p.name === name).pkg, `file:${t.file}`])),
    },
    devDependencies: {
      "@swc/core": dev["@swc/core"],
      "@types/node": dev["@types/node"],
      "@types/react": dev["@types/react"],
      "@types/react-dom": dev["@types/react-dom"],
      react: ROOT_PKG.dependencies.react,
      "react-dom": ROOT_PKG.dependencies["react-dom"],
      "ts-node": dev["ts-node"],
      typescript: dev.typescript,
      vite: dev.vite,
    },
    engines: { node: ">=20" },
  }
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strict: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache", "types-check"],
}

/**
 * Scaffolds the app for one Medusa version and installs it with the tarballs. The base install (Medusa
 * only) is cached per version and package set; the tarballs are always installed by npm on top of it, so
 * their peer ranges are resolved against that Medusa on every run.
 */
async function scaffoldApp(version, tarballs, log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `softshop-install-${version}-`))
  const base = appPackageJson(version)
  const key = crypto.createHash("sha256").update(JSON.stringify(base)).update(process.version).digest("hex").slice(0, 16)
  const cached = path.join(CACHE_DIR, `${version}-${key}`)
  const t0 = Date.now()
  if (!process.env.SOFTSHOP_INSTALL_FRESH && fs.existsSync(path.join(cached, "ok"))) {
    // Hard links: npm replaces files by writing new ones, never in place, so the cache stays intact.
    await run("cp", ["-al", path.join(cached, "node_modules"), path.join(dir, "node_modules")], { quiet: true })
    fs.copyFileSync(path.join(cached, "package-lock.json"), path.join(dir, "package-lock.json"))
    log(`Medusa ${version}: base app from the cache (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  } else {
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(base, null, 2))
    await run("npm", ["install", ...NPM_FLAGS], { cwd: dir, quiet: true })
    fs.rmSync(cached, { recursive: true, force: true })
    fs.mkdirSync(cached, { recursive: true })
    await run("cp", ["-al", path.join(dir, "node_modules"), path.join(cached, "node_modules")], { quiet: true })
    fs.copyFileSync(path.join(dir, "package-lock.json"), path.join(cached, "package-lock.json"))
    fs.writeFileSync(path.join(cached, "ok"), new Date().toISOString())
    log(`Medusa ${version}: base app installed from the registry in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  // What a developer adopting the plugins does: npm install <tarballs> — no --force, no --legacy-peer-deps.
  const t1 = Date.now()
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(appPackageJson(version, tarballs), null, 2))
  await run("npm", ["install", ...NPM_FLAGS], { cwd: dir, quiet: true })
  log(`Medusa ${version}: ${Object.keys(tarballs).length} tarballs installed in ${((Date.now() - t1) / 1000).toFixed(0)} s`)
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2))
  fs.mkdirSync(path.join(dir, "src"), { recursive: true })
  fs.writeFileSync(path.join(dir, "src", "README.md"), "Scaffolded by the Softshop install test.\n")
  const installed = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", "@medusajs", "framework", "package.json"), "utf8")).version
  if (installed !== version) throw new Error(`the app got @medusajs/framework ${installed}, not ${version}`)
  return { dir, key }
}

/** medusa-config.ts for some plugins, registered exactly as their READMEs show. */
function writeConfig(dir, plugins, { admin }) {
  const notificationProviders = plugins.flatMap((p) => p.notificationProviders ?? [])
  const modules = plugins.flatMap((p) => p.modules ?? [])
  if (notificationProviders.length) {
    modules.push(`{
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
        ${notificationProviders.join(",\n        ")},
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
        ],
      },
    }`)
  }
  const text = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://127.0.0.1",
      adminCors: "http://127.0.0.1",
      authCors: "http://127.0.0.1",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: ${admin ? "false" : "true"} },
  plugins: [
    ${plugins.map((p) => p.plugins).join(",\n    ")}
  ],
  modules: [
    ${modules.join(",\n    ")}
  ],
})
`
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), text)
}

function pgAdmin(db) {
  return async (sql, params) => {
    const c = new Client({ ...db.parts, password: db.parts.password || undefined, database: "postgres" })
    await c.connect()
    try {
      return await c.query(sql, params)
    } finally {
      await c.end()
    }
  }
}

const medusaBin = (dir) => path.join(dir, "node_modules", ".bin", "medusa")

/** Starts `medusa start` in `cwd` on a free loopback port; resolves when /health answers. */
async function boot(cwd, appDir, env, logFile) {
  const port = await freePort()
  const out = fs.openSync(logFile, "w")
  const child = spawn(medusaBin(appDir), ["start"], {
    cwd,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", out, out],
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once("exit", r))
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 10_000)
    await exited
    clearTimeout(t)
    fs.closeSync(out)
  }
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      fs.closeSync(out)
      throw new Error(`medusa start exited with code ${child.exitCode}:\n${tail(logFile)}`)
    }
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`medusa start did not answer on ${url}/health within 180 s:\n${tail(logFile)}`)
}

const tail = (file, n = 40) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-n).join("\n") : "")

async function call(url, route, headers, { method = "GET", body } = {}) {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, body: json }
}

/** Logs the admin in and makes a publishable key, as a storefront developer does first. */
async function credentials(url) {
  const login = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!login.ok) throw new Error(`admin login answered ${login.status}: ${await login.text()}`)
  const { token } = await login.json()
  const admin = { authorization: `Bearer ${token}` }
  const key = await fetch(`${url}/admin/api-keys`, {
    method: "POST",
    headers: { ...admin, "content-type": "application/json" },
    body: JSON.stringify({ title: "install test", type: "publishable" }),
  })
  if (!key.ok) throw new Error(`creating a publishable key answered ${key.status}: ${await key.text()}`)
  const { api_key } = await key.json()
  return { admin, store: { "x-publishable-api-key": api_key.token } }
}

/** One route's answer against what the plugin promises: the status, JSON, never "route not found". */
function checkRoute(what, spec, res) {
  const allowed = Array.isArray(spec.status) ? spec.status : [spec.status]
  const problems = []
  if (!allowed.includes(res.status)) problems.push(`answered ${res.status}, expected ${allowed.join(" or ")}`)
  if (typeof res.body !== "object") problems.push(`answered no JSON: ${String(res.body).slice(0, 200)}`)
  else if (res.status >= 400 && !res.body?.message) problems.push(`a ${res.status} without a message`)
  if (spec.has && res.status < 300 && !(spec.has in (res.body ?? {}))) problems.push(`has no "${spec.has}" field`)
  if (problems.length) throw new Error(`${what} ${spec.path} ${problems.join("; ")}: ${JSON.stringify(res.body).slice(0, 300)}`)
}

/** Every line the shop logged at warn or error level while booting and answering. */
function logProblems(logFile) {
  // Medusa logs JSON lines in production; anything else (a crash, a stack) is judged by its start.
  const level = (l) => {
    try {
      return JSON.parse(l).level
    } catch {
      return /^\s*(\w*Error\b|error\b)/.test(l) ? "error" : /^\s*warn/i.test(l) ? "warn" : undefined
    }
  }
  const lines = fs.readFileSync(logFile, "utf8").split("\n")
  return {
    warnings: lines.filter((l) => level(l) === "warn"),
    errors: lines.filter((l) => level(l) === "error"),
  }
}

export async function runInstallTier({ db, log, full = false, only = [] }) {
  const results = []
  const record = (name, fn) =>
    fn().then(
      (detail) => {
        results.push({ name, ok: true })
        log(`  ✓ ${name}${detail ? ` — ${detail}` : ""}`)
      },
      (e) => {
        results.push({ name, ok: false, error: e })
        log(`  ✗ ${name}\n${String(e.message).split("\n").map((l) => `      ${l}`).join("\n")}`)
      }
    )
  const t0 = Date.now()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-install-run-"))
  const admin = pgAdmin(db)
  const dbs = []
  const selected = only.length ? PLUGINS.filter((p) => only.some((o) => p.name.includes(o))) : PLUGINS
  const secrets = {
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    INSTALL_SECRET: crypto.randomBytes(24).toString("hex"),
    INSTALL_KEY_A: crypto.randomBytes(32).toString("base64"),
    INSTALL_KEY_B: crypto.randomBytes(32).toString("base64"),
    INSTALL_KEY_C: crypto.randomBytes(32).toString("base64"),
    INSTALL_BACKUP_A: path.join(work, "backups-a"),
    INSTALL_BACKUP_B: path.join(work, "backups-b"),
    INSTALL_MAIL_DIR: path.join(work, "mail"),
  }
  // A clean environment: nothing of the workspace's own shop configuration leaks into the app.
  const baseEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: "--max-old-space-size=2048",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "info",
    ...secrets,
  }
  try {
    const { low, high } = await medusaVersions(log)
    const tarballs = await packPlugins(work, log)
    await record("every tarball ships its build, declarations and README", async () => {
      const missing = []
      for (const p of PLUGINS) {
        const files = tarballs[p.name].files
        if (!files.includes("README.md")) missing.push(`${p.pkg}: README.md`)
        for (const sub of TYPED_IMPORTS[p.name]) {
          const base = sub.startsWith("utils/") ? `.medusa/server/src/${sub}` : `.medusa/server/src/${sub}/index`
          if (!files.includes(`${base}.js`)) missing.push(`${p.pkg}: ${base}.js`)
          if (!files.includes(`${base}.d.ts`)) missing.push(`${p.pkg}: ${base}.d.ts`)
        }
      }
      if (missing.length) throw new Error(`missing from the tarballs: ${missing.join(", ")}`)
    })

    // The reduced matrix (npm test, so CI): all eight plugins together at the LOWEST release of the peer
    // range — every other tier already runs the workspace's (highest) release, and one app with one admin
    // build keeps the tier to one base install. The full one (npm run test:install) adds each plugin alone
    // at both releases (boot warnings of a plugin without the services it needs) and all together at the highest.
    const plan = full
      ? [
          { version: high, alone: true, together: true },
          ...(low !== high ? [{ version: low, alone: true, together: true }] : []),
        ]
      : [{ version: low, alone: false, together: true }]
    // SOFTSHOP_INSTALL_PART=together|alone runs one half of the plan (to re-check one part quickly).
    const part = process.env.SOFTSHOP_INSTALL_PART
    if (part) for (const step of plan) (part === "together" ? (step.alone = false) : (step.together = false))
    for (const step of plan) {
      const { version } = step
      log(`── Medusa ${version} ──`)
      let dir, key
      await record(`Medusa ${version}: npm install of all ${PLUGINS.length} tarballs into a fresh app (declared peers only)`, async () => {
        ;({ dir, key } = await scaffoldApp(version, tarballs, log))
      })
      if (!dir) continue
      // The core-migrated database (no plugin) is kept between runs, per Medusa version and package set:
      // every check migrates and boots on a fresh CREATE DATABASE … TEMPLATE clone of it.
      const template = `softshop_install_core_${version.replace(/\W/g, "_")}_${key}`
      const urlOf = (database) => buildDatabaseUrl({ ...db.parts, database })
      const env = { ...baseEnv, NODE_ENV: "production" }
      let templateReady = false
      await record(`Medusa ${version}: core migrations and an admin user on an empty database`, async () => {
        const t = Date.now()
        const exists = await admin("select 1 from pg_database where datname = $1", [template])
        if (exists.rowCount && !process.env.SOFTSHOP_INSTALL_FRESH) {
          templateReady = true
          return "kept from an earlier run"
        }
        // Built under a temporary name and renamed when complete, so a run never clones half a template.
        const building = `${template}_${process.pid}`
        await admin(`drop database if exists "${building}" with (force)`)
        await admin(`create database "${building}"`)
        dbs.push(building)
        writeConfig(dir, [], { admin: false })
        await run(medusaBin(dir), ["db:migrate"], { cwd: dir, quiet: true, env: { ...env, DATABASE_URL: urlOf(building) } })
        await run(medusaBin(dir), ["user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: dir, quiet: true, env: { ...env, DATABASE_URL: urlOf(building) } })
        await admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [building])
        await admin(`drop database if exists "${template}" with (force)`)
        await admin(`alter database "${building}" rename to "${template}"`)
        // Older templates of this version (another package set) are not needed any more.
        const stale = await admin("select datname from pg_database where datname like $1 and datname <> $2", [
          `softshop_install_core_${version.replace(/\W/g, "_")}_%`,
          template,
        ])
        for (const r of stale.rows) if (!/_\d+$/.test(r.datname)) await admin(`drop database if exists "${r.datname}" with (force)`).catch(() => undefined)
        templateReady = true
        return `${((Date.now() - t) / 1000).toFixed(0)} s`
      })
      if (!templateReady) continue

      /** Migrates a clone of the core database with `plugins` registered, boots it and calls each plugin's routes. */
      const check = async (plugins, { label, built }) => {
        const database = `softshop_install_${process.pid}_${version.replace(/\W/g, "_")}_${label.replace(/\W/g, "_")}`
        await admin(`drop database if exists "${database}" with (force)`)
        await admin(`create database "${database}" template "${template}"`)
        dbs.push(database)
        const dbEnv = { ...env, DATABASE_URL: urlOf(database) }
        const t = Date.now()
        await run(medusaBin(dir), ["db:migrate"], { cwd: dir, quiet: true, env: dbEnv })
        const migrated = (Date.now() - t) / 1000
        const logFile = path.join(work, `${version}-${label}.log`)
        const server = await boot(built ? path.join(dir, ".medusa", "server") : dir, dir, dbEnv, logFile)
        try {
          const creds = await credentials(server.url)
          for (const p of plugins) {
            if (p.store) checkRoute(`${p.name}: Store`, p.store, await call(server.url, p.store.path, creds.store))
            checkRoute(`${p.name}: Admin`, p.admin, await call(server.url, p.admin.path, creds.admin))
          }
          // What a plugin must answer when the service it needs is missing (it is installed alone).
          for (const p of plugins.length === 1 ? plugins : []) {
            for (const c of p.aloneCalls ?? []) {
              const res = await call(server.url, c.path, creds.store, c)
              checkRoute(`${p.name} alone: ${c.method}`, c, res)
              if (c.message && !c.message.test(res.body?.message ?? "")) throw new Error(`${p.name} alone: ${c.method} ${c.path} message ${JSON.stringify(res.body)} does not match ${c.message}`)
            }
          }
          // The admin dashboard is served with every plugin's extension in its bundle.
          if (built) {
            const html = await call(server.url, "/app", {})
            if (html.status !== 200 || typeof html.body !== "string" || !html.body.includes("<div id=\"medusa\""))
              throw new Error(`/app answered ${html.status}, not the dashboard`)
            const assets = path.join(dir, ".medusa", "server", "public", "admin", "assets")
            const bundle = fs.readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(assets, f), "utf8")).join("\n")
            const absent = plugins.filter((p) => !bundle.includes(p.adminMarker)).map((p) => p.name)
            if (absent.length) throw new Error(`the built admin has no extension of ${absent.join(", ")}`)
          }
        } finally {
          await server.stop()
        }
        const { warnings, errors } = logProblems(logFile)
        for (const p of plugins.length === 1 ? plugins : []) {
          if (p.bootWarning && !warnings.some((w) => p.bootWarning.test(w)))
            throw new Error(`${p.name} alone logged no boot warning matching ${p.bootWarning}; warnings:\n${warnings.join("\n")}`)
        }
        if (errors.length) throw new Error(`the shop logged errors:\n${errors.slice(0, 10).join("\n")}`)
        return `migrate ${migrated.toFixed(0)} s, boot + calls ${((Date.now() - t) / 1000 - migrated).toFixed(0)} s${warnings.length ? `; ${warnings.length} warning(s): ${warnings.map((w) => w.replace(/\s+/g, " ").slice(0, 160)).join(" | ")}` : ""}`
      }

      if (step.alone) {
        for (const p of selected) {
          await record(`Medusa ${version}: ${p.name} alone — migrate, boot, Store + Admin route`, async () => {
            writeConfig(dir, [p], { admin: false })
            return check([p], { label: p.name, built: false })
          })
        }
      }
      if (step.together) {
        await record(`Medusa ${version}: all plugins together — admin build, migrate, boot, routes, admin extensions`, async () => {
          writeConfig(dir, PLUGINS, { admin: true })
          const t = Date.now()
          await run(medusaBin(dir), ["build"], { cwd: dir, quiet: true, env: { ...env } })
          const built = (Date.now() - t) / 1000
          return `build ${built.toFixed(0)} s; ${await check(PLUGINS, { label: "all", built: true })}`
        })
        await record(`Medusa ${version}: the README imports type-check in a strict app (.d.ts shipped)`, async () => {
          const check = path.join(dir, "types-check")
          fs.mkdirSync(check, { recursive: true })
          const lines = []
          let i = 0
          for (const p of PLUGINS)
            for (const sub of TYPED_IMPORTS[p.name]) lines.push(`import * as m${i++} from "${p.pkg}/${sub}"`)
          lines.push(`export const all = [${Array.from({ length: i }, (_, k) => `m${k}`).join(", ")}]`)
          fs.writeFileSync(path.join(check, "index.ts"), lines.join("\n") + "\n")
          fs.writeFileSync(
            path.join(check, "tsconfig.json"),
            JSON.stringify({ compilerOptions: { ...TSCONFIG.compilerOptions, noEmit: true, rootDir: undefined, outDir: undefined }, files: ["index.ts"] })
          )
          await run(path.join(dir, "node_modules", ".bin", "tsc"), ["-p", check], { cwd: dir, quiet: true })
        })
      }
      if (!process.env.SOFTSHOP_INSTALL_KEEP) fs.rmSync(dir, { recursive: true, force: true })
      else log(`app kept in ${dir}`)
    }
  } finally {
    for (const name of dbs.reverse()) await admin(`drop database if exists "${name}" with (force)`).catch(() => undefined)
    if (!process.env.SOFTSHOP_INSTALL_KEEP) fs.rmSync(work, { recursive: true, force: true })
    else log(`logs kept in ${work}`)
  }
  const failed = results.filter((r) => !r.ok).length
  log(`install tier: ${results.length - failed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  return { passed: results.length - failed, failed }
}
