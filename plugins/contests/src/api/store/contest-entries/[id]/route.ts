import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { contestOf } from "../../../../modules/contest/resolve"
import { EntryRow } from "../../../../modules/contest/types"
import { ownEntry } from "../../../../utils/serialize"
import { pathId } from "../../../helpers"

/** One of the customer's own entries; another customer's entry is a 404 like an unknown one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = pathId(req, "cent", "Contest entry")
  const [entry] = await contestOf(req.scope).listContestEntries({ id, customer_id: req.auth_context.actor_id })
  if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest entry ${id} was not found`)
  res.json({ entry: ownEntry(entry as unknown as EntryRow) })
}
