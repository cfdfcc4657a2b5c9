import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const RateLimit = z.object({ limit: z.number().int().positive(), windowSeconds: z.number().positive() }).strict()

export const ContestOptionsSchema = z
  .object({
    /** HMAC secret of claim links and rate-limit keys. Default: a development value; set it in production. */
    secret: z.string().min(8).default("softshop-dev-contests-secret"),
    /** Base URL of the claim link in the winner's mail (a storefront page or the backend). Default: http://localhost:9000. */
    publicUrl: z.string().url().default("http://localhost:9000"),
    /** Path appended to publicUrl for the claim link; the token is added as ?token=. Default: "/contests/claim". */
    claimPath: z.string().startsWith("/").default("/contests/claim"),
    /** Days after the final drawing after which non-winning entries are deleted. Default: 30. */
    entryRetentionDays: z.number().positive().default(30),
    /** Days after entering in which an entrant's orders count in the response report kept after cleanup. Default: 30. */
    reportOrderWindowDays: z.number().int().positive().default(30),
    /** Months winner records are kept (gambling-tax evidence) before they are anonymised. Default: 84 (7 years). */
    winnerRetentionMonths: z.number().positive().default(84),
    /** Prize value (euros) above which kansspelbelasting is due. Default: 449. */
    gamblingTaxFreeThreshold: z.number().nonnegative().default(449),
    /** Entries per customer per window (each also checks the one-entry rule). Default: 10 per 60 s. */
    entryRateLimitCustomer: RateLimit.default({ limit: 10, windowSeconds: 60 }),
    /** Entries per IP address per window. Default: 300 per 60 s. */
    entryRateLimitIp: RateLimit.default({ limit: 300, windowSeconds: 60 }),
    /** Language of the mails. Default: "nl". */
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strip()

export type ContestPluginOptions = z.input<typeof ContestOptionsSchema>
export type ResolvedContestOptions = z.output<typeof ContestOptionsSchema>
export type RateLimitOption = z.output<typeof RateLimit>

export function parseContestOptions(options: unknown): ResolvedContestOptions {
  const parsed = ContestOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "${issue.path.join(".")}" of @softshop/medusa-contests: ${issue.message}`)
  }
  return parsed.data
}
