import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAuditLogsQueryConfig } from "./audit-logs/query-config"
import { listFailedSubjectsQueryConfig } from "./failed-subjects/query-config"
import { listLegalHoldsQueryConfig } from "./legal-holds/query-config"
import { listPolicyTextsQueryConfig } from "./policy-texts/query-config"
import { listProcessorsQueryConfig } from "./processors/query-config"
import { listRequestsQueryConfig } from "./requests/query-config"
import { listRetentionRunsQueryConfig } from "./retention-runs/query-config"
import {
  AdminCreateLegalHold,
  AdminCreatePolicyText,
  AdminCreateRequest,
  AdminListAuditLogs,
  AdminListFailedSubjects,
  AdminListLegalHolds,
  AdminListPolicyTexts,
  AdminListProcessors,
  AdminListRequests,
  AdminListRetentionRuns,
  AdminRetentionPreview,
  AdminRunRetention,
  AdminUpdateRequest,
  AdminUpsertProcessor,
} from "./validators"

const list = (matcher: string, schema: any, config: Record<string, unknown>): MiddlewareRoute => ({
  matcher,
  methods: ["GET"],
  middlewares: [validateAndTransformQuery(schema, config)],
})

export const adminPrivacyMiddlewares: MiddlewareRoute[] = [
  list("/admin/privacy/requests", AdminListRequests, listRequestsQueryConfig),
  list("/admin/privacy/processors", AdminListProcessors, listProcessorsQueryConfig),
  list("/admin/privacy/policy-texts", AdminListPolicyTexts, listPolicyTextsQueryConfig),
  list("/admin/privacy/legal-holds", AdminListLegalHolds, listLegalHoldsQueryConfig),
  list("/admin/privacy/failed-subjects", AdminListFailedSubjects, listFailedSubjectsQueryConfig),
  list("/admin/privacy/retention-runs", AdminListRetentionRuns, listRetentionRunsQueryConfig),
  list("/admin/privacy/audit-logs", AdminListAuditLogs, listAuditLogsQueryConfig),
  { matcher: "/admin/privacy/retention/preview", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminRetentionPreview, {})] },
  { matcher: "/admin/privacy/requests", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateRequest as any)] },
  { matcher: "/admin/privacy/requests/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateRequest)] },
  { matcher: "/admin/privacy/processors", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpsertProcessor)] },
  { matcher: "/admin/privacy/processors/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpsertProcessor.partial())] },
  { matcher: "/admin/privacy/policy-texts", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePolicyText)] },
  { matcher: "/admin/privacy/legal-holds", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateLegalHold)] },
  { matcher: "/admin/privacy/retention-runs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRunRetention)] },
]
