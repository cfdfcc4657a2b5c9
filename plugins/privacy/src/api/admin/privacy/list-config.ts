import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"

/** skip / take / order of an admin list, as validateAndTransformQuery prepared them (order: the given default when none is asked). */
export function pageOf(req: AuthenticatedMedusaRequest, defaultOrder: Record<string, "ASC" | "DESC">) {
  const { skip = 0, take = 50, order } = (req.listConfig ?? {}) as { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> }
  return { skip, take, order: order && Object.keys(order).length ? order : defaultOrder }
}
