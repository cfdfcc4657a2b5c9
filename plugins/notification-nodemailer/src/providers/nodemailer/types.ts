import { z } from "@medusajs/framework/zod"

/** SMTP server connection. Leave `smtp` out to write mails as .eml files instead. */
const SmtpSchema = z
  .object({
    /** SMTP host name, e.g. `smtp.example.nl`. */
    host: z.string().min(1),
    /** SMTP port. Default: 587. */
    port: z.number().int().min(1).max(65535).default(587),
    /** Use TLS from the first byte (port 465). Default: true on port 465, else false (STARTTLS). */
    secure: z.boolean().optional(),
    /** Login; omit for servers without authentication. */
    auth: z.object({ user: z.string().min(1), pass: z.string() }).optional(),
    /** Refuse to send when STARTTLS is not offered. Default: false. */
    requireTLS: z.boolean().default(false),
    /** Accept self-signed certificates (test servers only). Default: true. */
    rejectUnauthorized: z.boolean().default(true),
  })
  .strict()

/**
 * Headers every signature covers (nodemailer's defaults plus List-Unsubscribe-Post): one-click unsubscribe
 * (RFC 8058) is only honoured by large mailbox providers when a valid DKIM signature covers both
 * List-Unsubscribe and List-Unsubscribe-Post.
 */
export const DKIM_SIGNED_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "Content-ID",
  "Content-Description",
  "Resent-Date",
  "Resent-From",
  "Resent-Sender",
  "Resent-To",
  "Resent-Cc",
  "Resent-Message-ID",
  "In-Reply-To",
  "References",
  "List-Id",
  "List-Help",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
  "List-Subscribe",
  "List-Post",
  "List-Owner",
  "List-Archive",
] as const

const PEM_PRIVATE_KEY = /-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/

/** DKIM signing (RFC 6376) of every mail: the key pair's public half is published at `<keySelector>._domainkey.<domainName>`. */
export const DkimSchema = z
  .object({
    /** Signing domain (`d=`), normally the domain of `from`, e.g. `softshop.nl`. */
    domainName: z
      .string()
      .trim()
      .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, "must be a domain name such as softshop.nl"),
    /** Selector (`s=`): the DNS TXT record is `<keySelector>._domainkey.<domainName>`. */
    keySelector: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62})$/, "must be a DNS label such as mail2026"),
    /** The private key as PEM text (e.g. from a secret store). Give this or `privateKeyFile`. */
    privateKey: z.string().regex(PEM_PRIVATE_KEY, "must be a PEM private key (-----BEGIN PRIVATE KEY-----…)").optional(),
    /** Path of a PEM private key file, read once at boot. */
    privateKeyFile: z.string().min(1).optional(),
    /**
     * Colon-separated headers to sign. Default: DKIM_SIGNED_HEADERS. List-Unsubscribe and
     * List-Unsubscribe-Post are always added.
     */
    headerFieldNames: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => !!d.privateKey !== !!d.privateKeyFile, { message: "give exactly one of privateKey and privateKeyFile", path: ["privateKey"] })

export const NodemailerOptionsSchema = z
  .object({
    /** Medusa notification channels this provider serves. Default: `["email"]`. */
    channels: z.array(z.string()).default(["email"]),
    /** Sender, e.g. `Softshop <noreply@softshop.nl>`. Required. */
    from: z.string().min(3),
    /** SMTP server. When absent, mails are written as .eml files to `mailDir`. */
    smtp: SmtpSchema.optional(),
    /** DKIM-sign every mail (recommended in production, required for one-click unsubscribe at large providers). Default: off. */
    dkim: DkimSchema.optional(),
    /** Pooled transport size: open SMTP connections. Default: 5. */
    poolSize: z.number().int().min(1).max(100).default(5),
    /**
     * Run the SMTP pool (message composition, DKIM signing, the SMTP dialogue) in a worker thread, so a campaign's
     * mail work runs beside the shop's event loop instead of on it. Default: true.
     */
    smtpThread: z.boolean().default(true),
    /** Messages sent over one connection before it is recycled. Default: 100. */
    maxMessagesPerConnection: z.number().int().min(1).default(100),
    /** At most this many messages per `rateDelta` ms (provider-wide). Default: unlimited. */
    rateLimit: z.number().int().min(1).optional(),
    /** Window of `rateLimit` in milliseconds. Default: 1000. */
    rateDelta: z.number().int().min(1).default(1000),
    /** Where .eml files go when no SMTP server is configured. Default: `.data/mail`. */
    mailDir: z.string().min(1).default(".data/mail"),
    /**
     * Extra attempts after a temporary failure (SMTP 4xx, connection refused or
     * timed out), waiting `retryDelay` ms, doubled each time. Permanent 5xx
     * rejections are not retried. Default: 2.
     */
    retries: z.number().int().min(0).max(10).default(2),
    /** First wait before a retry in milliseconds. Default: 500. */
    retryDelay: z.number().int().min(0).default(500),
    /** Locale used when a notification names none. Default: `nl`. */
    defaultLocale: z.string().min(2).default("nl"),
    /** Extra template directories, searched before every other source (shop overrides). Default: none. */
    templateDirs: z.array(z.string()).default([]),
    /**
     * Also load templates from every dependency of the app whose package.json
     * declares `"softshop": { "mailTemplates": "<dir>" }`. Default: true.
     */
    discoverTemplates: z.boolean().default(true),
    /**
     * Shop name available to every template as `{{shop_name}}`. Default: the display name of `from`
     * (`Softshop <noreply@softshop.nl>` → `Softshop`), else the domain of its address.
     */
    shopName: z.string().min(1).optional(),
  })
  .strict()
  .transform((o) => ({ ...o, shopName: o.shopName ?? senderName(o.from) }))

/** The display name of a sender (`Shop <a@b.nl>` → `Shop`), else its address's domain (`a@b.nl` → `b.nl`). */
export function senderName(from: string): string {
  const display = from.match(/^\s*"?([^"<]*?)"?\s*</)?.[1]?.trim()
  if (display) return display
  const address = from.match(/<([^>]+)>/)?.[1] ?? from
  return address.split("@")[1]?.trim() || address.trim()
}

export type NodemailerOptions = z.input<typeof NodemailerOptionsSchema>
export type ResolvedNodemailerOptions = z.output<typeof NodemailerOptionsSchema>

/** What a sending plugin may put in a notification's `provider_data`. */
export type NodemailerProviderData = {
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  headers?: Record<string, string>
  /** Overrides the configured sender for this mail. */
  from?: string
  replyTo?: string
  /** Written by the provider when delivery failed: what went wrong, without addresses. */
  error?: { message: string; code?: string; at: string }
}
