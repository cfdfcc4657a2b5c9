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
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListReviews, adminListReviewsQueryConfig)],
  },
  {
    matcher: "/admin/reviews/summary",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(StoreGetSummary, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/reviews/moderate",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminBulkModerate)],
  },
  {
    matcher: "/admin/reviews/summaries/repair",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminEmpty)],
  },
  {
    matcher: "/admin/reviews/:id",
    methods: ["GET", "DELETE"],
    middlewares: [guardIdParams],
  },
  {
    matcher: "/admin/reviews/:id/moderate",
    methods: ["POST"],
    middlewares: [guardIdParams, validateAndTransformBody(AdminModerateReview)],
  },
  {
    matcher: "/admin/reviews/:id/reply",
    methods: ["POST"],
    middlewares: [guardIdParams, validateAndTransformBody(AdminSetReply)],
  },
  {
    matcher: "/admin/reviews/:id/reply",
    methods: ["DELETE"],
    middlewares: [guardIdParams],
  },
  {
    matcher: "/admin/review-policies",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListVersions, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/review-policies",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishPolicy)],
  },
  {
    matcher: "/admin/review-check-texts",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(AdminListVersions, adminRetrieveQueryConfig)],
  },
  {
    matcher: "/admin/review-check-texts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishCheckText)],
  },
]
