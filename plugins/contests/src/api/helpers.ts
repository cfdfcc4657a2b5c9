import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { contestOf } from "../modules/contest/resolve"
import { ContestRow, DrawingRow } from "../modules/contest/types"

const ID = { cus: /^cus_[A-Za-z0-9]{1,60}$/, cnt: /^cnt_[A-Za-z0-9]{1,60}$/, cent: /^cent_[A-Za-z0-9]{1,60}$/, cwin: /^cwin_[A-Za-z0-9]{1,60}$/ }

/** A path id of the expected kind, else the same 404 an unknown id gets. */
export function pathId(req: MedusaRequest, kind: keyof typeof ID, what: string, param = "id"): string {
  const value = String(req.params[param] ?? "")
  if (!ID[kind].test(value)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${value.slice(0, 80).replace(/[^\w-]/g, "?")} was not found`)
  return value
}

/** The contest with its current terms and round-1 commitment; drafts only for admins. */
export async function loadContest(req: MedusaRequest, opts: { admin?: boolean } = {}) {
  const service = contestOf(req.scope)
  const id = pathId(req, "cnt", "Contest")
  const [contest] = (await service.listContests({ id })) as unknown as ContestRow[]
  if (!contest || (!opts.admin && (contest.status === "draft" || contest.status === "cancelled"))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest ${id} was not found`)
  }
  const [terms] = await service.listContestTerms({ contest_id: id, version: contest.terms_version })
  const drawings = (await service.listContestDrawings({ contest_id: id }, { order: { round: "ASC" } })) as unknown as DrawingRow[]
  return { service, contest, terms: terms as any, drawings, commitment: drawings[0]?.seed_commitment ?? null }
}
