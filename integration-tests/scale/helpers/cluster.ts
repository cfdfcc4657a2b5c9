import axios, { AxiosInstance } from "axios"
import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import net from "net"
import path from "path"

/**
 * Instances of the built shop for the scale tier, started exactly as production starts them:
 * `node scripts/serve.mjs server|worker` (npm run start:server / start:worker) from one build, on the
 * tier's database and Redis, with identical secrets. Each runs in its own process group, so a kill
 * reaches Medusa itself and not only the wrapper.
 */

const ROOT = path.resolve(__dirname, "..", "..", "..")
const DATA_DIR = process.env.SCALE_DATA_DIR!

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** The secrets every instance shares (README "Scale-out": identical on every instance). */
const SECRETS = {
  JWT_SECRET: "scale-jwt-secret-0123456789abcdef",
  COOKIE_SECRET: "scale-cookie-secret-0123456789abcdef",
  SOFTSHOP_TOKEN_SECRET: "scale-token-secret-0123456789abcdef",
  REPAIRS_BACKUP_KEY_A: Buffer.alloc(32, 1).toString("base64"),
  REPAIRS_BACKUP_KEY_B: Buffer.alloc(32, 2).toString("base64"),
  REPAIRS_CREDENTIAL_KEY: Buffer.alloc(32, 3).toString("base64"),
  REPAIRS_TRACKING_SECRET: Buffer.alloc(32, 4).toString("base64"),
}

export type Instance = {
  name: string
  mode: "server" | "worker"
  port: number
  url: string
  api: AxiosInstance
  child: ChildProcess
  log: string
  shared: ClusterEnv
}

/** What every instance of one cluster shares: the public URL, the fake MultiSafepay, the SMTP sink, and any extra settings. */
export type ClusterEnv = { publicUrl: string; mspApiUrl: string; smtpPort: number; extra?: Record<string, string> }

function envOf(mode: string, port: number, shared: ClusterEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) if (k.startsWith("SCALE_") || k.startsWith("DB_") || k === "TEST_TYPE") delete env[k]
  return {
    ...env,
    ...SECRETS,
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    DATABASE_URL: process.env.SCALE_DATABASE_URL,
    REDIS_URL: process.env.SCALE_REDIS_URL,
    PORT: String(port),
    // One public URL for every instance (what the load balancer answers on): links, CORS, webhooks.
    MEDUSA_BACKEND_URL: shared.publicUrl,
    SOFTSHOP_DATA_DIR: DATA_DIR,
    MULTISAFEPAY_API_KEY: process.env.SCALE_MSP_API_KEY,
    MULTISAFEPAY_API_URL: shared.mspApiUrl,
    MULTISAFEPAY_ENVIRONMENT: "test",
    PAYMENT_WEBHOOK_DELAY_MS: "1",
    // Every test client is 127.0.0.1: the per-IP limit must not be what answers 429 here.
    AUCTIONS_BID_RATE_IP: "100000",
    // Every mail goes to the spec's SMTP sink (integration-tests/helpers/smtp-fixture.ts), counted by recipient.
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(shared.smtpPort),
    SMTP_SECURE: "false",
    ...shared.extra,
    MEDUSA_WORKER_MODE: mode,
  }
}

export const logTail = (file: string, lines = 60) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "(no log)")

/** Starts one instance on `port` (a free one by default) and waits until it is ready. */
export async function startInstance(name: string, mode: "server" | "worker", shared: ClusterEnv, port?: number): Promise<Instance> {
  port ??= await freePort()
  const log = path.join(DATA_DIR, `${name}.log`)
  const out = fs.openSync(log, "a")
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), mode], {
    cwd: ROOT,
    env: envOf(mode, port, shared),
    stdio: ["ignore", out, out],
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  const instance: Instance = { name, mode, port, url, api: axios.create({ baseURL: url, validateStatus: () => true }), child, log, shared }
  await waitReady(instance)
  return instance
}

/**
 * Starts a stopped or killed instance again: same name, mode, port and settings (its log continues), as an
 * orchestrator restarts a crashed process. Resolves once it is ready.
 */
export async function restart(i: Instance): Promise<Instance> {
  if (i.child.exitCode === null && i.child.signalCode === null) throw new Error(`${i.name} is still running`)
  return startInstance(i.name, i.mode, i.shared, i.port)
}

/** Servers: GET /ready answers 200 (database and Redis reachable). Workers serve only /health. */
export async function waitReady(i: Instance, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  const probe = i.mode === "server" ? "/ready" : "/health"
  for (;;) {
    if (i.child.exitCode !== null) throw new Error(`${i.name} exited with ${i.child.exitCode}:\n${logTail(i.log)}`)
    if (Date.now() > deadline) throw new Error(`${i.name} was not ready on ${i.url}${probe}:\n${logTail(i.log)}`)
    try {
      if ((await fetch(`${i.url}${probe}`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** SIGKILL to the instance's process group: the process dies mid-request, nothing drains. */
export function kill(i: Instance): Promise<void> {
  return signal(i, "SIGKILL")
}

/** SIGTERM to the wrapper, which hands it to Medusa (graceful shutdown); SIGKILL to the group after 20 s. */
export function stop(i: Instance | undefined): Promise<void> {
  return i ? signal(i, "SIGTERM", 20_000) : Promise.resolve()
}

function signal(i: Instance, sig: NodeJS.Signals, escalateAfterMs?: number): Promise<void> {
  return new Promise((resolve) => {
    if (i.child.exitCode !== null || i.child.signalCode !== null) return resolve()
    i.child.once("exit", () => resolve())
    try {
      // A SIGTERM goes to the wrapper only: it passes it on once (Medusa drains once).
      process.kill(sig === "SIGTERM" ? i.child.pid! : -i.child.pid!, sig)
    } catch {
      return resolve()
    }
    if (escalateAfterMs) {
      setTimeout(() => {
        try {
          process.kill(-i.child.pid!, "SIGKILL")
        } catch {}
      }, escalateAfterMs).unref()
    }
  })
}
