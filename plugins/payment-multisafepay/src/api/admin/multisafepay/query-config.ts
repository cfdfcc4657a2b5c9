import { z } from "@medusajs/framework/zod"

/** Largest page an admin list of this plugin returns, and the furthest it pages (beyond is a 400, never a slow scan). */
export const MAX_LIMIT = 100
export const MAX_OFFSET = 1_000_000

/** A query-string integer: digits only (no "abc", "1.5", "1e3"), then bounded like Medusa's own lists. */
const integerParam = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v), z.number().int().min(min).max(max).default(fallback))

/** `limit` and `offset` of every admin list of the plugin; a bad value is a 400 naming the field. */
export const adminPagingParams = {
  limit: integerParam(1, MAX_LIMIT, 20),
  offset: integerParam(0, MAX_OFFSET, 0),
}

/** validateAndTransformQuery configs (as Medusa's `query-config.ts`): list queries, default page size 20. */
export const listLatePaymentsQueryConfig = {
  defaults: ["id", "msp_order_id", "status", "reason", "created_at"],
  defaultLimit: 20,
  isList: true,
}

export const listDisputesQueryConfig = {
  defaults: ["id", "msp_order_id", "status", "order_id", "created_at"],
  defaultLimit: 20,
  isList: true,
}
