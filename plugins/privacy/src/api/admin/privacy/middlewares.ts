import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import {
  AdminCreateLegalHold,
  AdminCreatePolicyText,
  AdminCreateRequest,
  AdminRunRetention,
  AdminUpdateRequest,
  AdminUpsertProcessor,
} from "./validators"

export const adminPrivacyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/privacy/requests", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateRequest as any)] },
  { matcher: "/admin/privacy/requests/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateRequest)] },
  { matcher: "/admin/privacy/processors", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpsertProcessor)] },
  { matcher: "/admin/privacy/processors/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpsertProcessor.partial())] },
  { matcher: "/admin/privacy/policy-texts", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePolicyText)] },
  { matcher: "/admin/privacy/legal-holds", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateLegalHold)] },
  { matcher: "/admin/privacy/retention-runs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRunRetention)] },
]
