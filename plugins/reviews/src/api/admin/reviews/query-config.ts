/** Fields of a review in the moderation queue. */
export const adminReviewFields = [
  "id",
  "product_id",
  "customer_id",
  "rating",
  "title",
  "body",
  "status",
  "identity",
  "verification",
  "flags",
  "submitted_at",
  "decided_at",
]

export const adminListReviewsQueryConfig = {
  defaults: adminReviewFields,
  isList: true,
  defaultLimit: 50,
}
export const adminRetrieveQueryConfig = { defaults: ["id"], isList: false }
