import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminWinner, verification } from "../../../../../utils/serialize"
import { drawContestWorkflow } from "../../../../../workflows/contests/draw-contest"
import { conflictsNamed, loadContest } from "../../../../helpers"

/** Runs the main draw once (409 when it has been drawn, also by a concurrent call); reveals the seed. */
export const POST = conflictsNamed(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { contest } = await loadContest(req, { admin: true })
  const { result } = await drawContestWorkflow(req.scope).run({ input: { contest_id: contest.id, actor: `user:${req.auth_context.actor_id}`, kind: "draw" } })
  const fresh = await loadContest(req, { admin: true })
  res.json({ drawing: { round: result.drawing.round, winners: result.winners.map(adminWinner) }, verification: verification(contest.id, fresh.drawings) })
})
