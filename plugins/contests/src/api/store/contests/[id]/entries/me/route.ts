import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { contestOf } from "../../../../../../modules/contest/resolve"
import { EntryRow } from "../../../../../../modules/contest/types"
import { ownEntry } from "../../../../../../utils/serialize"
import { pathId } from "../../../../../helpers"

/** The logged-in customer's entry in a contest; 404 when they have none. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const contestId = pathId(req, "cnt", "Contest")
  const [entry] = await contestOf(req.scope).listContestEntries({ contest_id: contestId, customer_id: req.auth_context.actor_id })
  if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No entry in contest ${contestId}`)
  res.json({ entry: ownEntry(entry as unknown as EntryRow) })
}
