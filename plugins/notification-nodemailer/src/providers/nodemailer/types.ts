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

export const NodemailerOptionsSchema = z
  .object({
    /** Medusa notification channels this provider serves. Default: `["email"]`. */
    channels: z.array(z.string()).default(["email"]),
    /** Sender, e.g. `Softshop <noreply@softshop.nl>`. Required. */
    from: z.string().min(3),
    /** SMTP server. When absent, mails are written as .eml files to `mailDir`. */
    smtp: SmtpSchema.optional(),
    /** Pooled transport size: open SMTP connections. Default: 5. */
    poolSize: z.number().int().min(1).max(100).default(5),
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
    /** Shop name available to every template as `{{shop_name}}`. Default: `Softshop`. */
    shopName: z.string().default("Softshop"),
  })
  .strict()

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
