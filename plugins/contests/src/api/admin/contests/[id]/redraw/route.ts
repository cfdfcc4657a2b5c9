import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminWinner, verification } from "../../../../../utils/serialize"
import { drawContestWorkflow } from "../../../../../workflows/contests/draw-contest"
import { conflictsNamed, loadContest } from "../../../../helpers"

/** Redraws every expired claim with the round's own committed seed, excluding earlier winners; 409 when none expired. */
export const POST = conflictsNamed(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { contest } = await loadContest(req, { admin: true })
  const { result } = await drawContestWorkflow(req.scope).run({ input: { contest_id: contest.id, actor: `user:${req.auth_context.actor_id}`, kind: "redraw" } })
  const fresh = await loadContest(req, { admin: true })
  res.json({ drawing: { round: result.drawing.round, winners: result.winners.map(adminWinner) }, verification: verification(contest.id, fresh.drawings) })
})
