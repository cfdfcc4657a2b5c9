import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairOf } from "../../../modules/repair/resolve"

/** The backup register: live (default), deleted, overdue (past the last allowed day) or all. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = repairOf(req.scope)
  const { state } = req.validatedQuery as { state: "live" | "deleted" | "overdue" | "all" }
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const now = service.now()
  const filters: Record<string, unknown> =
    state === "live"
      ? { removed_at: null }
      : state === "deleted"
        ? { removed_at: { $ne: null } }
        : state === "overdue"
          ? { removed_at: null, delete_by: { $lte: now } }
          : {}
  const [rows, count] = await service.listAndCountRepairBackups(filters, { skip, take, order: order ?? { delete_on: "ASC" } })
  const [, overdue] = await service.listAndCountRepairBackups({ removed_at: null, delete_by: { $lte: now } } as any, { take: 1 })
  res.json({
    backups: rows.map((b: any) => ({
      ...b,
      size_bytes: Number(b.size_bytes?.numeric ?? b.size_bytes),
      raw_size_bytes: undefined,
      overdue: !b.removed_at && !!b.delete_by && new Date(b.delete_by) <= now,
    })),
    count,
    offset: skip,
    limit: take,
    overdue_count: overdue,
    sweep_days: service.getOptions().sweepDays,
  })
}
