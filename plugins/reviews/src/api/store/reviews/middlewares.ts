import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardIdParams, guardQueryKeys } from "./helpers"
import { storeListReviewsQueryConfig, storeOwnReviewsQueryConfig, storeRetrieveQueryConfig } from "./query-config"
import {
  StoreAddPhoto,
  StoreEditReview,
  StoreGetSummary,
  StoreListOwnReviews,
  StoreListReviews,
  StoreLocaleQuery,
  StoreSetIdentity,
  StoreSubmitReview,
  StoreToggleVote,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/reviews",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreListReviews, storeListReviewsQueryConfig)],
  },
  {
    matcher: "/store/reviews",
    method: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreSubmitReview)],
  },
  {
    matcher: "/store/reviews/me",
    method: ["GET"],
    middlewares: [customer, guardQueryKeys, validateAndTransformQuery(StoreListOwnReviews, storeOwnReviewsQueryConfig)],
  },
  {
    matcher: "/store/reviews/summary",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreGetSummary, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/check-text",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreLocaleQuery, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/policy",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreLocaleQuery, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/:id",
    method: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreEditReview)],
  },
  {
    matcher: "/store/reviews/:id",
    method: ["DELETE"],
    middlewares: [customer, guardIdParams],
  },
  {
    matcher: "/store/reviews/:id/identity",
    method: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreSetIdentity)],
  },
  {
    matcher: "/store/reviews/:id/vote",
    method: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreToggleVote)],
  },
  {
    matcher: "/store/reviews/:id/photos",
    method: ["POST"],
    // base64 of the largest accepted photo (maxPhotoBytes ≤ 10 MB by default 5 MB) plus JSON overhead.
    bodyParser: { sizeLimit: "15mb" },
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreAddPhoto)],
  },
  {
    matcher: "/store/reviews/:id/photos/:photo_id",
    method: ["DELETE"],
    middlewares: [customer, guardIdParams],
  },
]
