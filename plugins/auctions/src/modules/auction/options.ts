import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { isTimeZone } from "../../utils/money"

const RateLimit = z.object({ limit: z.number().int().positive(), windowSeconds: z.number().positive() }).strict()

export const AuctionOptionsSchema = z
  .object({
    /** Hours the winner has to pay the auction cart. Default: 48. */
    paymentWindowHours: z.number().positive().default(48),
    /** Hours before the payment deadline at which a reminder is mailed. Default: 24. */
    paymentReminderHours: z.number().nonnegative().default(24),
    /** What happens to an unpaid win: offer it to the runner-up, or relist the lot. Default: "second_chance". */
    unpaidAction: z.enum(["second_chance", "relist"]).default("second_chance"),
    /** Days after closing after which losing bids are anonymised. Default: 90. */
    losingBidRetentionDays: z.number().positive().default(90),
    /** Bids per customer per window. Default: 30 per 10 s. */
    bidRateLimitCustomer: RateLimit.default({ limit: 30, windowSeconds: 10 }),
    /** Bids per IP address per window. Default: 300 per 10 s. */
    bidRateLimitIp: RateLimit.default({ limit: 300, windowSeconds: 10 }),
    /**
     * Redis for the live (SSE) fan-out across servers, e.g. the shop's REDIS_URL. Without it each
     * process streams only the updates it made itself: right for one process, wrong for several.
     */
    redisUrl: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
    /** Region of the winner's cart; default: the store's default region. */
    regionId: z.string().optional(),
    /** The word before a bidder's per-lot number in the public history and live updates ("Bidder 3"). Default: "Bidder". */
    bidderLabel: z.string().trim().min(1).max(40).default("Bidder"),
    /**
     * Send a `Server-Timing` header on bid answers (`lock;dur=` the lot's row lock hold time, `bid;dur=` the
     * handler) — for benchmarks and profiling. Default: false.
     */
    serverTiming: z.boolean().default(false),
    /** Language of the mails. Default: "nl". */
    locale: z.enum(["nl", "en"]).default("nl"),
    /** Time zone of the dates in the mails (IANA name). Default: "Europe/Amsterdam". */
    timeZone: z.string().refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Amsterdam" }).default("Europe/Amsterdam"),
    /**
     * The storefront's base URL: the won, reminder and second-chance mails link to
     * `${storefrontUrl}/account/auctions?pay=<lot_id>`. Without it the mails carry no link.
     */
    storefrontUrl: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  })
  .strip()

export type AuctionPluginOptions = z.input<typeof AuctionOptionsSchema>
export type ResolvedAuctionOptions = z.output<typeof AuctionOptionsSchema>

export function parseAuctionOptions(options: unknown): ResolvedAuctionOptions {
  const parsed = AuctionOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "${issue.path.join(".")}" of @softshop/medusa-auctions: ${issue.message}`)
  }
  return parsed.data
}
