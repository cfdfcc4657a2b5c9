import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contestOf } from "../../../modules/contest/resolve"
import { EntryRow } from "../../../modules/contest/types"
import { ownEntry } from "../../../utils/serialize"

/** The logged-in customer's entries, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [rows, count] = await contestOf(req.scope).listAndCountContestEntries(
    { customer_id: req.auth_context.actor_id },
    { take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.json({ entries: (rows as unknown as EntryRow[]).map(ownEntry), count, offset, limit })
}
