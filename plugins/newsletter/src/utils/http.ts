import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { RequestContext } from "../modules/newsletter/types"

/** IP and user agent of the request, for the consent ledger. */
export function requestMeta(req: MedusaRequest): RequestContext {
  const ua = req.get("user-agent")
  return { ip: req.ip ?? null, user_agent: ua ? ua.slice(0, 500) : null }
}

/** skip / take / order of an admin list as validateAndTransformQuery prepared them (query-config.ts); `fallback` when no order is asked. */
/**
 * Paging, order and the `?fields=` selection of an admin list, as `validateAndTransformQuery` prepared them from the
 * route's query config (its `allowed` refuses other fields with a 400). Without `?fields=` the list answers every
 * column, as it always did (the admin screens rely on it); with it, the named fields plus `id`, which the routes
 * need to join extra data.
 */
export function listPage(req: MedusaRequest, fallback: Record<string, "ASC" | "DESC">) {
  const {
    skip = 0,
    take = 50,
    order,
    select,
  } = (req.listConfig ?? {}) as {
    skip?: number
    take?: number
    order?: Record<string, "ASC" | "DESC">
    select?: string[]
  }
  return {
    skip,
    take,
    order: order && Object.keys(order).length ? order : fallback,
    ...(req.query?.fields !== undefined ? { select: Array.from(new Set(["id", ...(select ?? [])])) } : {}),
  }
}

/** zod parse that fails with a 400 naming the field. */
export function parseInput<T extends z.ZodTypeAny>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${issue.path.join(".") || "request"}: ${issue.message}`)
  }
  return parsed.data
}
