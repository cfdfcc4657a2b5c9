import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardIdParams, guardQueryKeys } from "../../store/reviews/helpers"
import { StoreGetSummary } from "../../store/reviews/validators"
import { adminListReviewsQueryConfig, adminRetrieveQueryConfig } from "./query-config"
import {
  AdminBulkModerate,
  AdminEmpty,
  AdminListReviews,
  AdminListVersions,
  AdminModerateReview,
  AdminPublishCheckText,
  AdminPublishPolicy,
  AdminSetReply,
} from "./validators"

export const adminReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/reviews",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListReviews, adminListReviewsQueryConfig)],
  },
  {
    matcher: "/admin/reviews/summary",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreGetSummary, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/reviews/moderate",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminBulkModerate)],
  },
  {
    matcher: "/admin/reviews/summaries/repair",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminEmpty)],
  },
  {
    matcher: "/admin/reviews/:id",
    method: ["GET", "DELETE"],
    middlewares: [guardIdParams],
  },
  {
    matcher: "/admin/reviews/:id/moderate",
    method: ["POST"],
    middlewares: [guardIdParams, validateAndTransformBody(AdminModerateReview)],
  },
  {
    matcher: "/admin/reviews/:id/reply",
    method: ["POST"],
    middlewares: [guardIdParams, validateAndTransformBody(AdminSetReply)],
  },
  {
    matcher: "/admin/reviews/:id/reply",
    method: ["DELETE"],
    middlewares: [guardIdParams],
  },
  {
    matcher: "/admin/review-policies",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListVersions, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/review-policies",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishPolicy)],
  },
  {
    matcher: "/admin/review-check-texts",
    method: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListVersions, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/review-check-texts",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishCheckText)],
  },
]
