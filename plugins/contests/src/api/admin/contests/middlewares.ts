import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminContestsQueryConfig, listCustomerContestEntriesQueryConfig } from "./query-config"
import { AdminContestBody, AdminEmptyBody, AdminListContests, AdminReportQuery } from "./validators"
import { ListQuery } from "../../validators"

export const adminContestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/contests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListContests, listAdminContestsQueryConfig)] },
  { matcher: "/admin/contests", methods: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contest-checks", methods: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contests/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminContestBody)] },
  { matcher: "/admin/contests/:id/publish", methods: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/draw", methods: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/redraw", methods: ["POST"], middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { matcher: "/admin/contests/:id/report", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminReportQuery, {})] },
  {
    matcher: "/admin/customers/:id/contest-entries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListQuery, listCustomerContestEntriesQueryConfig)],
  },
]
