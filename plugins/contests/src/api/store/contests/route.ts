import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestRow } from "../../../modules/contest/types"
import { publicContest } from "../../../utils/serialize"

/** Published and drawn contests, newest end first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = contestOf(req.scope)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [rows, count] = await service.listAndCountContests({ status: ["published", "drawn"] }, { take: limit, skip: offset, order: { ends_at: "DESC" } })
  res.json({
    contests: (rows as unknown as ContestRow[]).map((c) => publicContest(c, null, null)),
    count,
    offset,
    limit,
    server_time: service.now().toISOString(),
  })
}
