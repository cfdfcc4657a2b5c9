import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminContest } from "../../../../../utils/serialize"
import { publishContestWorkflow } from "../../../../../workflows/contests/publish-contest"
import { loadContest } from "../../../../helpers"

/** Publishes the contest and its seed commitment. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { contest } = await loadContest(req, { admin: true })
  await publishContestWorkflow(req.scope).run({ input: { id: contest.id } })
  const fresh = await loadContest(req, { admin: true })
  res.json({ contest: adminContest(fresh.contest, fresh.terms, fresh.commitment) })
}
