import { AddressInfo } from "net"
import { ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export type ReceivedMail = {
  envelope: { from: string; to: string[] }
  raw: string
  parsed: ParsedMail
  subject: string
  to: string[]
  html: string
  text: string
  headers: ParsedMail["headers"]
}

export type SmtpMode = "accept" | "reject" | "tempfail"

/**
 * A real SMTP server (npm smtp-server) on a random loopback port. Tests read
 * what it received, parsed with mailparser, or switch it to reject messages.
 */
export class SmtpFixture {
  readonly messages: ReceivedMail[] = []
  mode: SmtpMode = "accept"
  /** Answer this many messages with a temporary 451 before accepting again. */
  tempfailNext = 0
  attempts = 0
  /**
   * Messages this returns true for are not answered: their DATA reply is held (the sender waits, as on a slow
   * server) until `dropHeld()` answers them with 451. A held message is never counted as received.
   */
  holdWhen?: (mail: ParsedMail) => boolean
  readonly held: (() => void)[] = []
  private server?: SMTPServer
  private waiters: { count: number; resolve: () => void }[] = []

  get port() {
    return (this.server!.server.address() as AddressInfo).port
  }

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      // Pooled clients keep connections open; do not wait 30 s for them on close.
      closeTimeout: 100,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on("data", (c: Buffer) => chunks.push(c))
        stream.on("end", async () => {
          this.attempts++
          if (this.tempfailNext > 0) {
            this.tempfailNext--
            return callback(Object.assign(new Error("Greylisted, try again later"), { responseCode: 451 }))
          }
          if (this.mode === "reject") {
            return callback(Object.assign(new Error("Mailbox unavailable: rejected by test server"), { responseCode: 550 }))
          }
          if (this.mode === "tempfail") {
            return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }))
          }
          const raw = Buffer.concat(chunks).toString("utf8")
          const parsed = await simpleParser(raw)
          if (this.holdWhen?.(parsed)) {
            this.held.push(() => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })))
            return
          }
          this.messages.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            raw,
            parsed,
            subject: parsed.subject ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            html: typeof parsed.html === "string" ? parsed.html : "",
            text: parsed.text ?? "",
            headers: parsed.headers,
          })
          this.notify()
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject)
      this.server!.listen(0, "127.0.0.1", () => resolve())
    })
    // A client killed mid-transaction (the scale tier SIGKILLs workers) resets its connection: not an error of the sink.
    this.server.on("error", () => undefined)
    return this
  }

  /** Resolves once `count` messages have arrived in total (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs = 15_000) {
    if (this.messages.length >= count) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} mails, got ${this.messages.length}`)), timeoutMs)
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
      })
    })
  }

  to(address: string) {
    return this.messages.filter((m) => m.to.includes(address))
  }

  /** Answers every held message with 451 (not received) and stops holding. */
  dropHeld() {
    this.holdWhen = undefined
    for (const answer of this.held.splice(0)) answer()
  }

  clear() {
    this.dropHeld()
    this.messages.length = 0
    this.mode = "accept"
    this.tempfailNext = 0
    this.attempts = 0
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private notify() {
    this.waiters = this.waiters.filter((w) => {
      if (this.messages.length >= w.count) {
        w.resolve()
        return false
      }
      return true
    })
  }
}

/**
 * Starts an SMTP fixture before the Medusa app boots and points the shop's
 * SMTP settings at it; call at the top of a test file, before the runner.
 */
export function useSmtpFixture() {
  const smtp = new SmtpFixture()
  beforeAll(async () => {
    await smtp.start()
    process.env.SMTP_HOST = "127.0.0.1"
    process.env.SMTP_PORT = String(smtp.port)
    process.env.SMTP_SECURE = "false"
  })
  afterAll(async () => {
    await smtp.stop()
  })
  return smtp
}
