import crypto from "crypto"
import fs from "fs"
import path from "path"
import { Worker } from "worker_threads"
import nodemailer, { SendMailOptions, Transporter } from "nodemailer"
import { resolveDkim } from "./dkim"
import { ResolvedNodemailerOptions } from "./types"

export type Delivery = { messageId: string; file?: string }

export interface MailTransport {
  send(message: SendMailOptions): Promise<Delivery>
  close(): void
}

/** The nodemailer options of the pooled SMTP transport (plain data: they are also handed to the worker thread). */
export function smtpTransportOptions(options: ResolvedNodemailerOptions) {
  const smtp = options.smtp!
  return {
    pool: true,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure ?? smtp.port === 465,
    requireTLS: smtp.requireTLS,
    auth: smtp.auth,
    tls: { rejectUnauthorized: smtp.rejectUnauthorized },
    maxConnections: options.poolSize,
    maxMessages: options.maxMessagesPerConnection,
    rateDelta: options.rateDelta,
    rateLimit: options.rateLimit,
    dkim: resolveDkim(options.dkim),
  }
}

/** Pooled SMTP: connections are reused across mails and capped by `poolSize`. */
export function smtpTransport(options: ResolvedNodemailerOptions): MailTransport {
  const transporter: Transporter = nodemailer.createTransport(smtpTransportOptions(options) as Parameters<typeof nodemailer.createTransport>[0])
  return {
    async send(message) {
      const info = await transporter.sendMail(message)
      return { messageId: info.messageId }
    },
    close: () => transporter.close(),
  }
}

/** The compiled worker next to this file (absent when running from the TypeScript sources, e.g. under ts-jest). */
const WORKER_FILE = path.join(__dirname, "smtp-worker.js")

type Pending = { resolve: (d: Delivery) => void; reject: (e: Error) => void }
export type WorkerReply = { id: number; messageId?: string; error?: { message: string; code?: string; responseCode?: number } }

/**
 * The pooled SMTP transport in a worker thread (`smtp-worker.ts`): the shop's event loop only hands each message
 * over and gets its message id or error back, while composing, signing and the SMTP dialogue run beside it. A
 * worker that dies fails the mails it held (code `EWORKER`, not retried: one may have been accepted) and is
 * started again for the next mail. Falls back to `smtpTransport` when the compiled worker file is not there.
 */
export function threadedSmtpTransport(options: ResolvedNodemailerOptions): MailTransport {
  if (!fs.existsSync(WORKER_FILE)) return smtpTransport(options)
  const transportOptions = smtpTransportOptions(options)
  const pending = new Map<number, Pending>()
  let nextId = 0
  let worker: Worker | undefined
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(Object.assign(new Error(message), { code: "EWORKER" }))
    pending.clear()
  }
  const start = () => {
    const w = new Worker(WORKER_FILE, { workerData: { transportOptions } })
    w.on("message", (reply: WorkerReply) => {
      const p = pending.get(reply.id)
      if (!p) return
      pending.delete(reply.id)
      if (reply.error) p.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code, responseCode: reply.error.responseCode }))
      else p.resolve({ messageId: reply.messageId! })
      if (!pending.size) w.unref()
    })
    w.on("error", (e) => {
      if (worker === w) worker = undefined
      failAll(`The SMTP worker thread failed: ${e.message}`)
    })
    w.on("exit", () => {
      if (worker === w) worker = undefined
      failAll("The SMTP worker thread stopped")
    })
    w.unref()
    return w
  }
  return {
    send(message) {
      const id = ++nextId
      const w = (worker ??= start())
      return new Promise<Delivery>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        w.ref()
        w.postMessage({ id, message })
      })
    },
    close() {
      const w = worker
      worker = undefined
      if (w) void w.terminate()
    },
  }
}

/**
 * Where a relative `mailDir` points: the project root. That is the working directory, except under
 * `medusa start` of a build (cwd `<project>/.medusa/server`, emptied by the next `medusa build`): then the
 * project folder two levels up, so mails survive a rebuild. An absolute path is taken as is.
 */
export function resolveMailDir(mailDir: string, cwd = process.cwd()): string {
  if (path.isAbsolute(mailDir)) return mailDir
  const inBuild = path.basename(cwd) === "server" && path.basename(path.dirname(cwd)) === ".medusa"
  return path.resolve(inBuild ? path.dirname(path.dirname(cwd)) : cwd, mailDir)
}

/** No SMTP configured: every mail becomes an .eml file a person can open. */
export function fileTransport(options: ResolvedNodemailerOptions): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix", dkim: resolveDkim(options.dkim) } as Parameters<
    typeof nodemailer.createTransport
  >[0])
  const dir = resolveMailDir(options.mailDir)
  return {
    async send(message) {
      const info = await transporter.sendMail(message)
      fs.mkdirSync(dir, { recursive: true })
      // The file name carries no address: time + random id only.
      const stamp = new Date().toISOString().replace(/[:.]/g, "-")
      const file = path.join(dir, `${stamp}-${crypto.randomBytes(4).toString("hex")}.eml`)
      fs.writeFileSync(file, info.message as Buffer)
      return { messageId: info.messageId, file }
    },
    close: () => transporter.close(),
  }
}
