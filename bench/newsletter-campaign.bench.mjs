#!/usr/bin/env node
// Benchmark: a newsletter campaign to N subscribers (default 50,000) through the
// built shop (newsletter plugin → Medusa notification module → nodemailer provider)
// into a local SMTP sink, against a plain pooled nodemailer loop sending the same
// messages to the same sink in the same run. Prints messages/s, peak RSS and the ratio.
//   node bench/newsletter-campaign.bench.mjs            (BENCH_SUBSCRIBERS=5000 for a quick run)
//   BENCH_ROUNDS (default 3): campaign + loop pairs in one run, median and spread printed;
//   BENCH_PER_MAIL=1|0: also time one mail per notification call (default: on at <= 5,000 subscribers).
//   BENCH_CPU_PROF=<dir>: the shop runs with --cpu-prof and writes its CPU profile there on exit.
//   SMTP_THREAD=false: the shop's SMTP pool on its event loop (the nodemailer provider's smtpThread off).
import { reportTarget } from "./lib/report.mjs"
import fs from "node:fs"
import { freePort } from "../scripts/lib/net.mjs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { spawn } from "node:child_process"
import { MEDUSA_BIN, ROOT } from "../scripts/lib/paths.mjs"
import { buildApp, migrateAndSeed, startBuiltShop, stopChild, waitForHealth } from "../scripts/lib/app.mjs"
import { buildDatabaseUrl, resolveDatabase } from "../scripts/lib/db.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("@medusajs/framework/pg")
const { SMTPServer } = require("smtp-server")
const nodemailer = require("nodemailer")

const N = Number(process.env.BENCH_SUBSCRIBERS ?? 50_000)
const BATCH = Number(process.env.BENCH_BATCH_SIZE ?? 500)
const POOL = 5 // the nodemailer provider's default poolSize
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
// Also run the campaign with one mail per notification call (the sender before batching); default at <= 5,000.
const PER_MAIL = process.env.BENCH_PER_MAIL ? process.env.BENCH_PER_MAIL === "1" : N <= 5000
const log = (m) => console.log(`[bench:newsletter] ${m}`)
const SUBJECT = "Nieuw bij Softshop: de Softbook Pro 14"
const HTML =
  "<h2>Softbook Pro 14</h2><p>Nu op voorraad bij Softshop. " + "Lorem ipsum dolor sit amet. ".repeat(40) + "</p>"
const TEXT = "Softbook Pro 14 - nu op voorraad bij Softshop. " + "Lorem ipsum dolor sit amet. ".repeat(40)


/** An SMTP sink that only counts (per recipient) what it accepts. */
async function startSink() {
  const sink = { count: 0, recipients: new Map() }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      stream.on("data", () => {})
      stream.on("end", () => {
        sink.count++
        for (const r of session.envelope.rcptTo)
          sink.recipients.set(r.address, (sink.recipients.get(r.address) ?? 0) + 1)
        callback()
      })
    },
  })
  await new Promise((r) => server.listen(0, "127.0.0.1", r))
  sink.port = server.server.address().port
  sink.close = () => new Promise((r) => server.close(r))
  return sink
}

/**
 * The pids of a process and its descendants (Linux /proc). Scanning every process costs ~20 ms here, and the bench
 * process also runs the SMTP sink: the tree is found once per round and only its members are read while sampling.
 */
function processTree(rootPid) {
  const children = new Map()
  for (const d of fs.readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)])
    } catch {}
  }
  const pids = []
  const walk = (pid) => {
    pids.push(pid)
    for (const c of children.get(pid) ?? []) walk(c)
  }
  walk(rootPid)
  return pids
}

/** Resident memory of these processes (their threads included), in MB. */
function rssMb(pids) {
  let kb = 0
  for (const pid of pids) {
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)
      if (m) kb += Number(m[1])
    } catch {}
  }
  return kb / 1024
}

async function admin(parts, database, sql, params) {
  const c = new Client({ ...parts, password: parts.password || undefined, database })
  await c.connect()
  try {
    return await c.query(sql, params)
  } finally {
    await c.end()
  }
}

async function baseline(sink) {
  const transport = nodemailer.createTransport({
    pool: true,
    host: "127.0.0.1",
    port: sink.port,
    secure: false,
    maxConnections: POOL,
    maxMessages: 100,
  })
  const before = sink.count
  let peak = process.memoryUsage().rss
  const t0 = performance.now()
  let next = 0
  const worker = async () => {
    while (next < N) {
      const i = next++
      const url = `http://localhost/newsletter/unsubscribe?token=nlsub_base${i}.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`
      await transport.sendMail({
        from: "Softshop <noreply@softshop.nl>",
        to: `base${i}@example.nl`,
        subject: SUBJECT,
        html: `${HTML}<a href="${url}">Afmelden</a>`,
        text: `${TEXT}\n\nAfmelden: ${url}`,
        headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      })
      if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss)
    }
  }
  await Promise.all(Array.from({ length: 50 }, worker))
  const seconds = (performance.now() - t0) / 1000
  transport.close()
  return { seconds, perSecond: N / seconds, rssMb: peak / 1024 / 1024, delivered: sink.count - before }
}

async function main() {
  const db = await resolveDatabase({ log, fallback: true, fast: true })
  const database = `softshop_bench_nl_${process.pid}`
  const sink = await startSink()
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-bench-"))
  await admin(db.parts, "postgres", `create database "${database}"`)
  const env = {
    DATABASE_URL: buildDatabaseUrl({ ...db.parts, database }),
    SOFTSHOP_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: "false",
    NEWSLETTER_BATCH_SIZE: String(BATCH),
    LOG_LEVEL: "error",
  }
  let shop
  const boot = async (extra = {}) => {
    shop = process.env.BENCH_CPU_PROF
      ? // --cpu-prof is not allowed in NODE_OPTIONS: run the CLI under a node started with it (written on exit).
        spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, fs.realpathSync(MEDUSA_BIN), "start"], {
          cwd: path.join(ROOT, ".medusa", "server"),
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...process.env, NODE_ENV: "production", ...env, ...extra },
        })
      : startBuiltShop({ env: { ...env, ...extra }, stdio: ["ignore", "ignore", "inherit"] })
    await waitForHealth(env.MEDUSA_BACKEND_URL, shop)
  }
  try {
    await migrateAndSeed({ env, log })
    await buildApp({ log })
    await boot()
    log(`inserting ${N} confirmed subscribers (fixture) ...`)
    await admin(
      db.parts,
      database,
      `insert into newsletter_subscription (id, email, email_hash, status, legal_basis, locale, token_version, confirmed_at, created_at, updated_at)
       select 'nlsub_bench' || g, 'sub' || g || '@example.nl', md5('sub' || g), 'subscribed', 'consent', 'nl', 1, now(), now(), now()
       from generate_series(1, $1::int) g`,
      [N]
    )
    const base = env.MEDUSA_BACKEND_URL
    const call = async (method, url, body, headers = {}) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body && JSON.stringify(body),
      })
      if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`)
      return res.json()
    }
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "shop.json"), "utf8"))
    const login = async () => {
      const { token } = await call("POST", "/auth/user/emailpass", { email: seeded.admin_email, password: seeded.admin_password })
      return { authorization: `Bearer ${token}` }
    }

    /** One campaign to all N subscribers through the running shop; counted at the sink by recipient. */
    const campaignRun = async () => {
      const auth = await login()
      const { newsletter_campaign: campaign } = await call("POST", "/admin/newsletter-campaigns", { subject: SUBJECT, html: HTML, text: TEXT }, auth)
      sink.recipients = new Map()
      const tree = processTree(shop.pid)
      const rssIdle = rssMb(tree)
      let peak = rssIdle
      const t0 = performance.now()
      await call("POST", `/admin/newsletter-campaigns/${campaign.id}/send`, {}, auth)
      let c
      for (;;) {
        await new Promise((r) => setTimeout(r, 250))
        peak = Math.max(peak, rssMb(tree))
        c = (await call("GET", `/admin/newsletter-campaigns/${campaign.id}`, undefined, auth)).newsletter_campaign
        if (c.status === "sent") break
        if ((performance.now() - t0) / 1000 > 1800) throw new Error(`campaign not done after 1800 s: ${JSON.stringify(c.progress)}`)
      }
      const seconds = (performance.now() - t0) / 1000
      const received = [...sink.recipients.entries()].filter(([a]) => a.startsWith("sub"))
      const duplicates = received.filter(([, n]) => n > 1).length
      return { seconds, perSecond: N / seconds, rssMb: peak, rssIdle, delivered: received.length, duplicates, failed: c.progress.failed }
    }

    const fmt = (r) => `${r.perSecond.toFixed(0).padStart(6)} msg/s  ${r.seconds.toFixed(1)} s`
    const rounds = []
    let bad = 0
    for (let round = 1; round <= ROUNDS; round++) {
      log(`round ${round}/${ROUNDS}: campaign to ${N} subscribers through the shop ...`)
      const plugin = await campaignRun()
      log(`round ${round}/${ROUNDS}: plain nodemailer pooled loop (${POOL} connections) to the same sink (shop idle) ...`)
      const loop = await baseline(sink)
      const ratio = plugin.perSecond / loop.perSecond
      rounds.push({ plugin, loop, ratio })
      if (plugin.duplicates || plugin.delivered !== N || plugin.failed) bad++
      console.log(
        `  round ${round}: plugin ${fmt(plugin)}  peak RSS ${plugin.rssMb.toFixed(0)} MB (idle ${plugin.rssIdle.toFixed(0)} MB)  delivered ${plugin.delivered}, duplicates ${plugin.duplicates}, failed ${plugin.failed}` +
          ` | loop ${fmt(loop)} | ratio ${ratio.toFixed(2)}x  (load ${os.loadavg()[0].toFixed(1)})`
      )
    }
    let perMail
    if (PER_MAIL) {
      // The same campaign with one mail per notification call (mailsPerCall 1, the sender before batching).
      await stopChild(shop)
      await boot({ NEWSLETTER_MAILS_PER_CALL: "1" })
      log(`comparison: one mail per notification call ...`)
      perMail = await campaignRun()
      if (perMail.duplicates || perMail.delivered !== N) bad++
    }
    await stopChild(shop)
    shop = undefined

    const ratios = rounds.map((r) => r.ratio).sort((a, b) => a - b)
    const median = ratios[Math.floor(ratios.length / 2)]
    const last = rounds[rounds.length - 1]
    console.log("")
    console.log(`newsletter campaign, ${N} subscribers, batch ${BATCH}, SMTP pool ${POOL}, ${ROUNDS} round(s)`)
    console.log(`  plugin (shop)      ${rounds.map((r) => r.plugin.perSecond.toFixed(0)).join(" / ")} msg/s, peak RSS ${last.plugin.rssMb.toFixed(0)} MB`)
    console.log(`  nodemailer loop    ${rounds.map((r) => r.loop.perSecond.toFixed(0)).join(" / ")} msg/s`)
    console.log(`  ratio plugin / loop: median ${median.toFixed(2)}x, spread ${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}x`)
    if (perMail)
      console.log(`  one mail per call  ${fmt(perMail)} (${(perMail.perSecond / last.loop.perSecond).toFixed(2)}x the last loop; batched calls ${(last.plugin.perSecond / perMail.perSecond).toFixed(1)}x faster)`)
    reportTarget({ bench: "newsletter-campaign", figure: `campaign ${N} subscribers / pooled nodemailer loop (median of ${ROUNDS})`, ratio: median, target: ">= 0.8" })
    if (bad) process.exitCode = 1
  } finally {
    await stopChild(shop)
    await sink.close()
    await admin(db.parts, "postgres", `drop database if exists "${database}" with (force)`).catch(() => undefined)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
