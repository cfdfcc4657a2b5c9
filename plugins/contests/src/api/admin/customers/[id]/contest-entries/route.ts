import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contestOf } from "../../../../../modules/contest/resolve"
import { ContestRow, EntryRow, WinnerRow } from "../../../../../modules/contest/types"
import { ownEntry } from "../../../../../utils/serialize"
import { pathId } from "../../../../helpers"

/** A customer's entries with the contest title and any prize (the customer-page widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = contestOf(req.scope)
  const customerId = pathId(req, "cus", "Customer")
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [rows, count] = await service.listAndCountContestEntries({ customer_id: customerId }, { take: limit, skip: offset, order: { created_at: "DESC" } })
  const entries = rows as unknown as EntryRow[]
  const contestIds = [...new Set(entries.map((e) => e.contest_id))]
  const contests = contestIds.length ? ((await service.listContests({ id: contestIds }, { select: ["id", "title", "status"] })) as unknown as ContestRow[]) : []
  const winners = entries.length ? ((await service.listContestWinners({ entry_id: entries.map((e) => e.id) })) as unknown as WinnerRow[]) : []
  res.json({
    entries: entries.map((e) => ({
      ...ownEntry(e),
      contest: contests.find((c) => c.id === e.contest_id) ?? null,
      prizes: winners.filter((w) => w.entry_id === e.id).map((w) => ({ id: w.id, prize: w.prize_name, claim_status: w.claim_status, round: w.round })),
    })),
    count,
    offset,
    limit,
  })
}
