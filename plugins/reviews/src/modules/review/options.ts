import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

export const ReviewOptionsSchema = z
  .object({
    /** Language of mails and texts when a review names none. Default: "nl". */
    locale: z.enum(["nl", "en"]).default("nl"),
    /** Only customers with an order containing the product may review it. Default: false. */
    buyersOnly: z.boolean().default(false),
    /** Longest title, in characters. Default: 120. */
    titleMaxLength: z.number().int().positive().max(1000).default(120),
    /** Longest review text, in characters. Default: 5000. */
    bodyMaxLength: z.number().int().positive().max(50_000).default(5000),
    /** Photos per review. Default: 3 (0 turns photos off). */
    maxPhotos: z.number().int().min(0).max(20).default(3),
    /** Largest accepted upload, in bytes (before re-encoding). Default: 5 MB. */
    maxPhotoBytes: z.number().int().positive().max(50_000_000).default(5_000_000),
    /** Largest accepted image, in pixels (decompression bombs). Default: 40 megapixels. */
    maxPhotoPixels: z.number().int().positive().default(40_000_000),
    /** Longest side of the stored image; larger photos are scaled down. Default: 2048. */
    photoMaxDimension: z.number().int().positive().default(2048),
    /** Flag reviews containing links for a human moderator (never auto-decides). Default: true. */
    flagLinks: z.boolean().default(true),
    /** Words that flag a review for a human moderator (case-insensitive; never auto-decides). Default: []. */
    flagWords: z.array(z.string().min(1)).default([]),
    /** Review request mail after fulfilment. Default: off, 7 days after fulfilment. */
    requestMail: z
      .object({
        enabled: z.boolean().default(false),
        delayDays: z.number().min(0).max(365).default(7),
      })
      .strict()
      .default({ enabled: false, delayDays: 7 }),
    /** HMAC key of the links in review request mails (≥ 16 characters). Default: a development value. */
    secret: z.string().min(16).default("softshop-dev-reviews-secret"),
    /** Public URL of this server (opt-out links). Default: http://localhost:9000. */
    publicUrl: z.string().url().default("http://localhost:9000"),
    /** Storefront URL; the request mail links to `<storefrontUrl>/products/<handle>?review_token=…`. Default: http://localhost:8000. */
    storefrontUrl: z.string().url().default("http://localhost:8000"),
  })
  .strip()

export type ReviewPluginOptions = z.input<typeof ReviewOptionsSchema>
export type ResolvedReviewOptions = z.output<typeof ReviewOptionsSchema>

export function parseReviewOptions(options: unknown): ResolvedReviewOptions {
  const parsed = ReviewOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "${issue.path.join(".")}" of @softshop/medusa-reviews: ${issue.message}`)
  }
  return parsed.data
}
