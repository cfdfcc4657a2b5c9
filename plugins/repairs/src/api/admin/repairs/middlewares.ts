import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminBackupsQueryConfig, listAdminRepairsQueryConfig } from "./query-config"
import {
  AdminAck,
  AdminBackup,
  AdminConsent,
  AdminCreateRepair,
  AdminCredential,
  AdminEstimate,
  AdminFileAccess,
  AdminListBackups,
  AdminListRepairs,
  AdminRequest,
  AdminReveal,
  AdminTransition,
  AdminUpdateRepair,
  AdminWithdraw,
} from "./validators"

const body = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  matcher,
  methods: ["POST"],
  middlewares: [validateAndTransformBody(schema)],
})

export const adminRepairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/repairs", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListRepairs, listAdminRepairsQueryConfig)] },
  body("/admin/repairs", AdminCreateRepair),
  body("/admin/repairs/:id", AdminUpdateRepair),
  body("/admin/repairs/:id/transitions", AdminTransition),
  body("/admin/repairs/:id/consents", AdminConsent),
  body("/admin/repairs/:id/consents/withdraw", AdminWithdraw),
  body("/admin/repairs/:id/visibility-acknowledgement", AdminAck),
  body("/admin/repairs/:id/permanent-deletion", AdminAck),
  body("/admin/repairs/:id/estimate", AdminEstimate),
  body("/admin/repairs/:id/file-accesses", AdminFileAccess),
  body("/admin/repairs/:id/credential", AdminCredential),
  body("/admin/repairs/:id/credential/reveal", AdminReveal),
  body("/admin/repairs/:id/backups", AdminBackup),
  body("/admin/repairs/:id/requests", AdminRequest),
  { matcher: "/admin/repair-backups", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListBackups, listAdminBackupsQueryConfig)] },
]
