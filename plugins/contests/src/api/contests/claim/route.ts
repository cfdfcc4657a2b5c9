import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { contestOf } from "../../../modules/contest/resolve"
import { ContestRow, WinnerRow } from "../../../modules/contest/types"
import { readClaimToken } from "../../../utils/claim-token"
import { claimPrizeWorkflow } from "../../../workflows/contests/claim-prize"
import { ClaimBodyType } from "./validators"
import { conflictsNamed } from "../../helpers"

const invalid = () => new MedusaError(MedusaError.Types.INVALID_DATA, "token is invalid or has expired")

async function winnerOf(req: MedusaRequest, token: string) {
  const service = contestOf(req.scope)
  const id = readClaimToken(service, token)
  if (!id) throw invalid()
  const [winner] = (await service.listContestWinners({ id })) as unknown as WinnerRow[]
  if (!winner || !winner.customer_id) throw invalid()
  const [contest] = (await service.listContests({ id: winner.contest_id })) as unknown as ContestRow[]
  return { service, winner, contest }
}

const view = (w: WinnerRow, c: ContestRow) => ({
  id: w.id,
  contest: { id: c.id, title: c.title },
  prize: w.prize_name,
  claim_status: w.claim_status,
  claim_deadline: new Date(w.claim_deadline).toISOString(),
  claimed_at: w.claimed_at ? new Date(w.claimed_at).toISOString() : null,
})

/** What the link is for: the prize and its deadline (for the storefront's claim page). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { winner, contest } = await winnerOf(req, (req.validatedQuery as { token: string }).token)
  res.json({ claim: view(winner, contest) })
}

/** Claims the prize before the deadline, with what the winners list may show. */
export const POST = conflictsNamed(async (req: MedusaRequest<ClaimBodyType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { winner, contest } = await winnerOf(req, body.token)
  let publicity = null
  if (body.publicity) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(winner.customer_id!)
    publicity = { publicity: body.publicity, town: body.town ?? null, first_name: customer.first_name ?? null }
  }
  const { result } = await claimPrizeWorkflow(req.scope).run({ input: { winner_id: winner.id, publicity } })
  res.json({ claim: view(result, contest) })
})
