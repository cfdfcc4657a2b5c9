import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestRow } from "../../../modules/contest/types"
import { adminContest } from "../../../utils/serialize"
import { createContestWorkflow } from "../../../workflows/contests/create-contest"
import { fieldsOf } from "./fields"
import { AdminContestBodyType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = contestOf(req.scope)
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  const [rows, count] = await service.listAndCountContests(status ? { status } : {}, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ contests: (rows as unknown as ContestRow[]).map((c) => adminContest(c, null, null)), count, offset, limit })
}

/** Creates a draft from the terms template; 400 naming the rule when a code limit is broken. */
export async function POST(req: AuthenticatedMedusaRequest<AdminContestBodyType>, res: MedusaResponse) {
  const { result } = await createContestWorkflow(req.scope).run({ input: fieldsOf(req.validatedBody) })
  const [terms] = await contestOf(req.scope).listContestTerms({ contest_id: result.id, version: 1 })
  res.status(201).json({ contest: adminContest(result, terms as any, null) })
}
