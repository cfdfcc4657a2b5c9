import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EntryRow, WinnerRow } from "../../../../../modules/contest/types"
import { publicWinner, verification } from "../../../../../utils/serialize"
import { loadContest } from "../../../../helpers"

/**
 * The public announcement: every recorded winner (redrawn ones marked) with only
 * what they agreed to show, and the verification data for bin/verify-draw.mjs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { service, contest, drawings } = await loadContest(req)
  const winners = (await service.listContestWinners({ contest_id: contest.id }, { order: { round: "ASC", position: "ASC" } })) as unknown as WinnerRow[]
  const entries = winners.length
    ? ((await service.listContestEntries(
        { id: winners.map((w) => w.entry_id) },
        { select: ["id", "publicity", "public_first_name", "public_town"] }
      )) as unknown as EntryRow[])
    : []
  const byId = new Map(entries.map((e) => [e.id, e]))
  res.json({
    contest: { id: contest.id, title: contest.title, status: contest.status },
    winners: winners.map((w) => publicWinner(w, byId.get(w.entry_id))),
    verification: verification(contest.id, drawings),
  })
}
