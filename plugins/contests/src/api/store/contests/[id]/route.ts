import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicContest } from "../../../../utils/serialize"
import { loadContest } from "../../../helpers"

/** A contest with its current terms (send terms.version when entering) and the published seed commitment. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { service, contest, terms, commitment } = await loadContest(req)
  res.json({ contest: publicContest(contest, terms, commitment), server_time: service.now().toISOString() })
}
