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
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreListReviews, storeListReviewsQueryConfig)],
  },
  {
    matcher: "/store/reviews",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreSubmitReview)],
  },
  {
    matcher: "/store/reviews/me",
    methods: ["GET"],
    middlewares: [customer, guardQueryKeys, validateAndTransformQuery(StoreListOwnReviews, storeOwnReviewsQueryConfig)],
  },
  {
    matcher: "/store/reviews/summary",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreGetSummary, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/check-text",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreLocaleQuery, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/policy",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreLocaleQuery, storeRetrieveQueryConfig)],
  },
  {
    matcher: "/store/reviews/:id",
    methods: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreEditReview)],
  },
  {
    matcher: "/store/reviews/:id",
    methods: ["DELETE"],
    middlewares: [customer, guardIdParams],
  },
  {
    matcher: "/store/reviews/:id/identity",
    methods: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreSetIdentity)],
  },
  {
    matcher: "/store/reviews/:id/vote",
    methods: ["POST"],
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreToggleVote)],
  },
  {
    matcher: "/store/reviews/:id/photos",
    methods: ["POST"],
    // base64 of the largest accepted photo (maxPhotoBytes ≤ 10 MB by default 5 MB) plus JSON overhead.
    bodyParser: { sizeLimit: "15mb" },
    middlewares: [customer, guardIdParams, validateAndTransformBody(StoreAddPhoto)],
  },
  {
    matcher: "/store/reviews/:id/photos/:photo_id",
    methods: ["DELETE"],
    middlewares: [customer, guardIdParams],
  },
]
