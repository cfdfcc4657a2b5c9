import fs from "fs"
import path from "path"
import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { discoverTemplateDirs, TemplateRegistry } from "./templates"
import { fileTransport, MailTransport, smtpTransport, threadedSmtpTransport } from "./transport"
import { NodemailerOptions, NodemailerOptionsSchema, NodemailerProviderData, ResolvedNodemailerOptions } from "./types"
import { redactAddresses } from "./redact"
import { resolveDkim } from "./dkim"

type InjectedDependencies = { logger: Logger }

/** The package's own mail-templates folder, from the source tree or the build output alike. */
function builtInTemplates() {
  let dir = __dirname
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return path.join(dir, "mail-templates")
}

/**
 * Sends Medusa notifications of its channels (default `email`) with nodemailer:
 * over a pooled SMTP transport, or as .eml files when no SMTP server is set.
 */
class NodemailerNotificationService extends AbstractNotificationProviderService {
  static identifier = "nodemailer"

  protected readonly options_: ResolvedNodemailerOptions
  protected readonly logger_: Logger
  protected readonly templates_: TemplateRegistry
  protected transport_?: MailTransport

  static validateOptions(options: Record<string, unknown>) {
    parseOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: NodemailerOptions) {
    super()
    this.logger_ = logger
    this.options_ = parseOptions(options)
    const dirs = [
      ...this.options_.templateDirs.map((d) => path.resolve(d)),
      ...(this.options_.discoverTemplates ? discoverTemplateDirs(process.cwd()) : []),
      builtInTemplates(),
    ]
    const unique = [...new Set(dirs.filter((d) => fs.existsSync(d)).map((d) => fs.realpathSync(d)))]
    this.templates_ = new TemplateRegistry(unique, this.options_.defaultLocale)
  }

  get templates() {
    return this.templates_
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const providerData = (notification.provider_data ?? {}) as NodemailerProviderData
    const content = this.render(notification)
    const transport = (this.transport_ ??= this.options_.smtp
      ? this.options_.smtpThread
        ? threadedSmtpTransport(this.options_)
        : smtpTransport(this.options_)
      : fileTransport(this.options_))
    try {
      const delivery = await this.withRetries(() =>
        transport.send({
          from: providerData.from ?? notification.from ?? this.options_.from,
          to: notification.to,
          replyTo: providerData.replyTo,
          subject: content.subject,
          html: content.html,
          text: content.text,
          headers: providerData.headers,
          attachments: notification.attachments?.map((a) => ({
            content: a.content,
            encoding: "base64",
            filename: a.filename,
            contentType: a.content_type,
            contentDisposition: a.disposition as "attachment" | "inline" | undefined,
          })),
        })
      )
      if (delivery.file) {
        this.logger_.info(`Mail "${notification.template}" written to ${path.relative(process.cwd(), delivery.file)}`)
      }
      return { id: delivery.messageId }
    } catch (e) {
      const err = e as Error & { code?: string; responseCode?: number }
      const code = err.responseCode ? String(err.responseCode) : err.code
      const message = redactAddresses(err.message)
      // Medusa persists the notification object it handed us after a failure, so
      // the reason is kept on the notification row next to status "failure".
      notification.provider_data = { ...providerData, error: { message, code, at: new Date().toISOString() } }
      this.logger_.warn(`Mail "${notification.template}" could not be delivered (${code ?? "no code"}): ${message}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMTP delivery failed${code ? ` (${code})` : ""}: ${message}`)
    }
  }

  /** Temporary failures are retried with doubling waits; permanent ones fail at once. */
  protected async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt()
      } catch (e) {
        if (n >= this.options_.retries || !isTemporary(e)) throw e
        await new Promise((r) => setTimeout(r, this.options_.retryDelay * 2 ** n))
      }
    }
  }

  /** Template rendering, or the notification's own `content` when no template of that name exists. */
  protected render(notification: ProviderSendNotificationDTO) {
    const data = (notification.data ?? {}) as Record<string, unknown>
    const globals = { shop_name: this.options_.shopName, year: new Date().getUTCFullYear() }
    const given = notification.content
    if (notification.template && this.templates_.has(notification.template)) {
      // The notification's `content` (not stored by Medusa) is there for templates that wrap a given body.
      return this.templates_.render(notification.template, data, given ? { ...globals, content: given } : globals)
    }
    if (given?.subject && (given.html || given.text)) {
      return { subject: given.subject, html: given.html ?? undefined, text: given.text ?? undefined }
    }
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No mail template "${notification.template}" and no content given for this notification`)
  }
}

const TEMPORARY_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ESOCKET", "ECONNECTION", "EDNS"])

function isTemporary(e: unknown) {
  const err = e as { responseCode?: number; code?: string }
  if (err.responseCode) return err.responseCode >= 400 && err.responseCode < 500
  return !!err.code && TEMPORARY_CODES.has(err.code)
}

function parseOptions(options: unknown): ResolvedNodemailerOptions {
  const parsed = NodemailerOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid option "${issue.path.join(".") || "(root)"}" of the nodemailer notification provider: ${issue.message}`
    )
  }
  // The key is read and parsed at boot too: a wrong file or a broken key stops the boot.
  resolveDkim(parsed.data.dkim)
  return parsed.data
}

export default NodemailerNotificationService
