import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A fixed-window request limit: at most `limit` requests per `windowSeconds`. */
const RateLimit = z.object({ limit: z.number().int().min(1), windowSeconds: z.number().int().min(1).max(86_400) }).strict()

export const PrivacyOptionsSchema = z
  .object({
    /**
     * Promise P3: only a registered customer account can pay for and complete a
     * cart. Set to false for shops that allow guest checkout. Default: true.
     */
    requireAccountForCheckout: z.boolean().default(true),
    /** Months after the last order (or registration/activity without orders) before a consumer is erased. Default: 10. */
    consumerRetentionMonths: z.number().int().min(1).max(120).default(10),
    /** Months of inactivity before a business customer is erased. Default: 36. */
    businessRetentionMonths: z.number().int().min(1).max(240).default(36),
    /** Customer group ids whose members count as business customers (besides a company name). Default: []. */
    businessCustomerGroupIds: z.array(z.string().min(1)).default([]),
    /** Years after the end of an order's calendar year before the order is fully anonymised. Default: 7. */
    fiscalRetentionYears: z.number().int().min(1).max(30).default(7),
    /** Hours between an erasure request and its execution, during which the customer may cancel. Default: 24. */
    erasureCoolingOffHours: z
      .number()
      .min(0)
      .max(24 * 30)
      .default(24),
    /** Days before automatic erasure that the warning e-mail goes out. Default: 30. */
    warningDays: z.number().int().min(1).max(180).default(30),
    /** Customers (or orders) per retention batch: one workflow, one SQL transaction for Medusa's data. Default: 500. */
    batchSize: z.number().int().min(1).max(5000).default(500),
    /** Secret for keep-my-account tokens and consent hashes. Default: JWT_SECRET of the shop, else a dev value. */
    secret: z
      .string()
      .min(8)
      .default(process.env.JWT_SECRET || "softshop-privacy-dev-secret"),
    /** Public URL of the backend for links in e-mails. Default: MEDUSA_BACKEND_URL or http://localhost:9000. */
    backendUrl: z
      .string()
      .url()
      .default(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"),
    /**
     * Language of the plugin's mails (retention warning; the erasure confirmation when the customer's
     * `metadata.locale` names no language the plugin has texts for), of the keep-my-account page without
     * `?lang=`, and of policy texts asked for or created without a locale. Default: "en".
     */
    defaultLocale: z.enum(["en", "nl"]).default("en"),
    /** Days a keep-my-account link stays valid. Default: 45. */
    keepAccountLinkDays: z.number().int().min(1).max(365).default(45),
    /**
     * Erasure requests (each checks the password) per customer: a brake on password guessing with a stolen
     * session. Default: 5 per 15 minutes.
     */
    erasureRateLimitCustomer: RateLimit.default({ limit: 5, windowSeconds: 900 }),
    /** Erasure requests per client IP address. Default: 20 per 15 minutes. */
    erasureRateLimitIp: RateLimit.default({ limit: 20, windowSeconds: 900 }),
    /**
     * Consent choices and withdrawals per visitor id (per customer when logged in). Default: 20 per 10 minutes.
     */
    consentRateLimitVisitor: RateLimit.default({ limit: 20, windowSeconds: 600 }),
    /** Consent choices and withdrawals per client IP address (many visitors can share one). Default: 300 per 10 minutes. */
    consentRateLimitIp: RateLimit.default({ limit: 300, windowSeconds: 600 }),
    // ── Request hardening (src/api/hardening, src/api/ownership; README "Security") ──
    /**
     * Promises P1/P3/P16 on Medusa's Store API: a store order is readable only by its customer's session, a
     * cart that belongs to a registered customer only by that customer, and a payment session only for a
     * cart the caller may use. Anyone else gets 404. Default: true.
     */
    enforceOwnership: z.boolean().default(true),
    /**
     * Express "trust proxy": which hops may set X-Forwarded-For (and so `req.ip`, used by every per-IP
     * rate limit and the newsletter consent ledger). false (default) = nobody: `req.ip` is the socket
     * address. Behind one nginx on the same host: "loopback" (or 1). Strings are proxy-addr lists.
     * Default: the TRUST_PROXY environment variable, else false.
     */
    trustProxy: z.union([z.boolean(), z.number().int().min(0).max(10), z.string().min(1)]).default(process.env.TRUST_PROXY || false),
    /** Failed logins (customer and admin, any auth provider) per account (e-mail, hashed). Default: 10 per 15 minutes. */
    loginRateLimitAccount: RateLimit.default({ limit: 10, windowSeconds: 900 }),
    /** Failed logins per client IP address. Default: 50 per 15 minutes. */
    loginRateLimitIp: RateLimit.default({ limit: 50, windowSeconds: 900 }),
    /** Password-reset requests and password updates per account. Default: 5 per 15 minutes. */
    passwordResetRateLimitAccount: RateLimit.default({ limit: 5, windowSeconds: 900 }),
    /** Password-reset requests and password updates per client IP address. Default: 20 per 15 minutes. */
    passwordResetRateLimitIp: RateLimit.default({ limit: 20, windowSeconds: 900 }),
  })
  .strip()

export type RateLimitOption = z.output<typeof RateLimit>
export type PrivacyPluginOptions = z.input<typeof PrivacyOptionsSchema>
export type ResolvedPrivacyOptions = z.output<typeof PrivacyOptionsSchema>

export function parsePrivacyOptions(options: unknown): ResolvedPrivacyOptions {
  const parsed = PrivacyOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "${issue.path.join(".")}" of @softshop/medusa-privacy: ${issue.message}`)
  }
  return parsed.data
}
