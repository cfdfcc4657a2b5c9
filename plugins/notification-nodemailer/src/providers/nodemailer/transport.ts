import crypto from "crypto"
import fs from "fs"
import path from "path"
import nodemailer, { SendMailOptions, Transporter } from "nodemailer"
import { resolveDkim } from "./dkim"
import { ResolvedNodemailerOptions } from "./types"

export type Delivery = { messageId: string; file?: string }

export interface MailTransport {
  send(message: SendMailOptions): Promise<Delivery>
  close(): void
}

/** Pooled SMTP: connections are reused across mails and capped by `poolSize`. */
export function smtpTransport(options: ResolvedNodemailerOptions): MailTransport {
  const smtp = options.smtp!
  const transporter: Transporter = nodemailer.createTransport({
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
  } as Parameters<typeof nodemailer.createTransport>[0])
  return {
    async send(message) {
      const info = await transporter.sendMail(message)
      return { messageId: info.messageId }
    },
    close: () => transporter.close(),
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
