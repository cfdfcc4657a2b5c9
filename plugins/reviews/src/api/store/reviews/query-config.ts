/** Fields of a public review; the names are computed at read time, never stored. */
export const storeReviewFields = [
  "id",
  "product_id",
  "rating",
  "title",
  "body",
  "experienced_at",
  "verification",
  "purchased_at",
  "helpful_count",
  "published_at",
  "reply_body",
  "reply_updated_at",
]

export const storeListReviewsQueryConfig = {
  defaults: storeReviewFields,
  isList: true,
  defaultLimit: 10,
}
export const storeOwnReviewsQueryConfig = {
  defaults: storeReviewFields,
  isList: true,
  defaultLimit: 20,
}
export const storeRetrieveQueryConfig = { defaults: ["id"], isList: false }
