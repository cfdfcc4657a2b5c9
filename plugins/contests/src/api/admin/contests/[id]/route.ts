import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WinnerRow } from "../../../../modules/contest/types"
import { adminContest, adminWinner, verification } from "../../../../utils/serialize"
import { updateContestWorkflow } from "../../../../workflows/contests/update-contest"
import { loadContest } from "../../../helpers"
import { fieldsOf } from "../fields"
import { AdminContestBodyType } from "../validators"

/** The contest with its terms, entries count, verification data, winners and claims. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { service, contest, terms, drawings, commitment } = await loadContest(req, { admin: true })
  const [, entries] = await service.listAndCountContestEntries({ contest_id: contest.id }, { select: ["id"], take: 1 })
  const winners = (await service.listContestWinners({ contest_id: contest.id }, { order: { round: "ASC", position: "ASC" } })) as unknown as WinnerRow[]
  const checks = contest.status === "draft" ? await service.checkFields({ ...contest, entry_cost: contest.entry_cost_cents / 100 }, contest.id) : []
  res.json({
    contest: adminContest(contest, terms, commitment),
    entries_count: entries,
    checks,
    winners: winners.map(adminWinner),
    verification: verification(contest.id, drawings),
    server_time: service.now().toISOString(),
  })
}

/** Replaces the contest's fields (before its end); a changed text becomes a new terms version. */
export async function POST(req: AuthenticatedMedusaRequest<AdminContestBodyType>, res: MedusaResponse) {
  const { contest } = await loadContest(req, { admin: true })
  await updateContestWorkflow(req.scope).run({ input: { id: contest.id, fields: fieldsOf(req.validatedBody) } })
  const fresh = await loadContest(req, { admin: true })
  res.json({ contest: adminContest(fresh.contest, fresh.terms, fresh.commitment) })
}
