import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminContestsQueryConfig } from "./query-config"
import { AdminContestBody, AdminEmptyBody, AdminListContests, AdminReportQuery } from "./validators"
import { ListQuery } from "../../validators"

export const adminContestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/contests", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListContests, listAdminContestsQueryConfig)] },
  { matcher: "/admin/contests", method: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contest-checks", method: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contests/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contests/:id/publish", method: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/draw", method: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/redraw", method: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/report", method: ["GET"], middlewares: [validateAndTransformQuery(AdminReportQuery, {})] },
  {
    matcher: "/admin/customers/:id/contest-entries",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ListQuery, { defaults: ["id", "contest_id", "created_at"], isList: true, defaultLimit: 20 })],
  },
]
