import { z } from "zod"

/** Request bodies and queries, as `plugins/reviews/src/api/store/reviews/validators.ts` accepts them. */
export type ReviewIdentity = "full_name" | "first_name_initial" | "pseudonym" | "anonymous"
export type ReviewSort = "newest" | "highest" | "lowest" | "most_helpful"
export type ListReviewsQuery = {
  product_id: string
  limit?: number | undefined
  offset?: number | undefined
  sort?: ReviewSort | undefined
  rating?: number | undefined
  /** Sent as "true" / "false" in the query string. */
  verified?: "true" | "false" | undefined
  with_photos?: "true" | "false" | undefined
  locale?: "nl" | "en" | undefined
}
export type ReviewSummaryQuery = { product_id: string }
export type ReviewLocaleQuery = { locale?: "nl" | "en" | undefined }
export type ListOwnReviewsQuery = { limit?: number | undefined; offset?: number | undefined }
type Content = {
  title?: string | null | undefined
  body?: string | null | undefined
  /** YYYY-MM-DD, not in the future. */
  experienced_at?: string | null | undefined
  locale?: "nl" | "en" | undefined
}
export type SubmitReviewBody = Content & {
  product_id: string
  rating: number
  /** Default (when left out): the plugin's most private choice, anonymous. */
  identity?: ReviewIdentity | undefined
  /** Required with identity "pseudonym", refused otherwise. */
  pseudonym?: string | undefined
}
export type EditReviewBody = Content & { rating?: number | undefined }
export type SetReviewIdentityBody = { identity: ReviewIdentity; pseudonym?: string | undefined }
export type AddReviewPhotoBody = { content_base64: string }

const iso = z.string()
const day = z.string()
const identity = z.enum(["full_name", "first_name_initial", "pseudonym", "anonymous"])

export const ReviewPhoto = z.object({ id: z.string(), url: z.string(), width: z.number(), height: z.number() })

/** A published review: no customer id or e-mail; `author.name` is computed from the reviewer's identity choice. */
export const PublicReview = z.object({
  id: z.string(),
  product_id: z.string(),
  rating: z.number(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  experienced_at: day.nullable(),
  author: z.object({ display: identity, name: z.string().nullable() }),
  /** "ordered" / "delivered": the reviewer bought the product in this shop (the badge). */
  verification: z.enum(["none", "ordered", "delivered"]),
  purchased_at: day.nullable(),
  helpful_count: z.number(),
  photos: z.array(ReviewPhoto),
  reply: z.object({ body: z.string(), updated_at: iso.nullable() }).nullable(),
  published_at: iso.nullable(),
  schema_org: z.object({
    "@type": z.string(),
    reviewRating: z.object({
      "@type": z.string(),
      ratingValue: z.number(),
      bestRating: z.number(),
      worstRating: z.number(),
    }),
    author: z.object({ "@type": z.string(), name: z.string() }),
    datePublished: day.nullable(),
    name: z.string().optional(),
    reviewBody: z.string().optional(),
  }),
})
export type PublicReview = z.infer<typeof PublicReview>

/** The reviewer's own view: every state, and the refusal reason (in the review's language) when refused. */
export const OwnReview = PublicReview.extend({
  status: z.enum(["pending", "approved", "rejected", "unpublished"]),
  identity,
  pseudonym: z.string().nullable(),
  submitted_at: iso.nullable(),
  decision: z
    .object({
      reason_code: z.string().nullable(),
      reason: z.string().nullable(),
      reason_description: z.string().nullable(),
      note: z.string().nullable(),
      policy_version: z.number().nullable(),
      decided_at: iso.nullable(),
    })
    .nullable(),
  can_edit: z.boolean(),
})
export type OwnReview = z.infer<typeof OwnReview>

export const ReviewSummary = z.object({
  product_id: z.string(),
  average: z.number().nullable(),
  count: z.number(),
  histogram: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  schema_org: z
    .object({
      "@type": z.string(),
      ratingValue: z.number().nullable(),
      reviewCount: z.number(),
      bestRating: z.number(),
      worstRating: z.number(),
    })
    .nullable(),
})
export type ReviewSummary = z.infer<typeof ReviewSummary>

export const ListReviewsResponse = z.object({
  reviews: z.array(PublicReview),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type ListReviewsResponse = z.infer<typeof ListReviewsResponse>

export const ListOwnReviewsResponse = z.object({
  reviews: z.array(OwnReview),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type ListOwnReviewsResponse = z.infer<typeof ListOwnReviewsResponse>

export const ReviewSummaryResponse = z.object({ summary: ReviewSummary })
export type ReviewSummaryResponse = z.infer<typeof ReviewSummaryResponse>

export const OwnReviewResponse = z.object({ review: OwnReview })
export type OwnReviewResponse = z.infer<typeof OwnReviewResponse>

export const AddReviewPhotoResponse = z.object({ photo_id: z.string(), review: OwnReview })
export type AddReviewPhotoResponse = z.infer<typeof AddReviewPhotoResponse>

export const DeletedReviewResponse = z.object({ id: z.string(), object: z.literal("review"), deleted: z.literal(true) })
export type DeletedReviewResponse = z.infer<typeof DeletedReviewResponse>
export const DeletedReviewPhotoResponse = z.object({ id: z.string(), object: z.literal("review_photo"), deleted: z.literal(true) })
export type DeletedReviewPhotoResponse = z.infer<typeof DeletedReviewPhotoResponse>

export const ReviewVoteResponse = z.object({
  vote: z.object({ review_id: z.string(), helpful: z.boolean() }),
  helpful_count: z.number(),
})
export type ReviewVoteResponse = z.infer<typeof ReviewVoteResponse>

/** The moderation policy in force: every reason a review can be refused for. */
export const ReviewPolicyResponse = z.object({
  policy: z.object({
    version: z.number(),
    locale: z.enum(["nl", "en"]),
    reasons: z.array(z.object({ code: z.string(), label: z.string(), description: z.string().nullable() })),
  }),
})
export type ReviewPolicyResponse = z.infer<typeof ReviewPolicyResponse>

/** "How we check reviews" (EU Omnibus), current version. */
export const ReviewCheckTextResponse = z.object({
  check_text: z.object({ version: z.number(), locale: z.enum(["nl", "en"]), body: z.string(), published_at: iso }),
})
export type ReviewCheckTextResponse = z.infer<typeof ReviewCheckTextResponse>
