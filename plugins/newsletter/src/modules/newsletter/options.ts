import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** The locales the plugin ships mail templates, pages and consent texts for. */
export const LOCALES = ["nl", "en"] as const
export type Locale = (typeof LOCALES)[number]

export const NewsletterOptionsSchema = z
  .object({
    /** Key for the HMAC of confirmation and unsubscribe tokens. Required; at least 16 characters. */
    secret: z.string().min(16),
    /** Salt of the e-mail hashes kept as evidence and on the suppression list. Default: derived from `secret`. */
    hashSalt: z.string().min(16).optional(),
    /** Public base URL of the server, used in confirm and unsubscribe links. Default: http://localhost:9000 */
    publicUrl: z.string().url().default("http://localhost:9000"),
    /**
     * Base URL of the storefront pages `/newsletter/confirm?token=` and `/newsletter/unsubscribe?token=`
     * (which call the Store API's confirm/unsubscribe routes). Default: none, the links open this server's own pages.
     * `List-Unsubscribe` (RFC 8058 one-click POST) always points at this server.
     */
    pagesUrl: z.string().url().optional(),
    /** Optional `mailto:` fallback for List-Unsubscribe, e.g. "unsubscribe@example.com". Default: none. */
    unsubscribeMailto: z.string().email().optional(),
    /** Hours a confirmation link stays valid. Default: 48. */
    confirmTokenTtlHours: z.number().positive().default(48),
    /** Days after which unconfirmed (pending) subscriptions are deleted by the purge job. Default: 30. */
    purgeUnconfirmedAfterDays: z.number().positive().default(30),
    /**
     * Locale of mails and pages when a subscription or request names none (or one the plugin has no texts for):
     * "nl" or "en". Default: "en".
     */
    defaultLocale: z.enum(LOCALES).default("en"),
    rateLimit: z
      .object({
        /** Subscribe requests per address per window. Default: 3. */
        perAddress: z.number().int().positive().default(3),
        /** Subscribe requests per IP address per window. Default: 10. */
        perIp: z.number().int().positive().default(10),
        /** Window length in minutes. Default: 60. */
        windowMinutes: z.number().positive().default(60),
      })
      .prefault({}),
    softOptIn: z
      .object({
        /** Telecommunicatiewet art. 11.7(3): enrol customers who ordered, with their own opt-out. Default: false. */
        enabled: z.boolean().default(false),
      })
      .prefault({}),
    campaign: z
      .object({
        /** Deliveries claimed and sent per batch. Default: 200. */
        batchSize: z.number().int().positive().default(200),
        /**
         * Mails per notification call. Medusa's notification module records a call's statuses when all of its mails
         * are sent, so a worker killed mid-call can send again up to this many mails the SMTP server had already
         * accepted; 1 records every mail the moment it is accepted, at a fraction of the throughput. Default: 25.
         */
        mailsPerCall: z.number().int().positive().max(500).default(25),
        /** Notification calls in flight at once per worker (keeps the mail transport's connections busy). Default: 4. */
        callsInFlight: z.number().int().positive().max(64).default(4),
        /** Seconds after which a claimed but unfinished delivery is taken over by another worker. Default: 300. */
        leaseSeconds: z.number().int().positive().default(300),
        /** Whether the every-minute job resumes campaigns left sending (turn off on server-only instances). Default: true. */
        autoResume: z.boolean().default(true),
      })
      .prefault({}),
  })
  .strip()

export type NewsletterPluginOptions = z.input<typeof NewsletterOptionsSchema>
export type ResolvedNewsletterOptions = z.output<typeof NewsletterOptionsSchema>

export function parseNewsletterOptions(options: unknown): ResolvedNewsletterOptions {
  const parsed = NewsletterOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid option "${issue.path.join(".") || "(root)"}" of @softshop/medusa-newsletter: ${issue.message}`
    )
  }
  return parsed.data
}
