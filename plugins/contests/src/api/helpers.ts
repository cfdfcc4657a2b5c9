import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
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

type Handler<R extends MedusaRequest> = (req: R, res: MedusaResponse) => Promise<void>

/**
 * Medusa's error handler replaces every CONFLICT message by a generic one; our 409s
 * (entered already, terms changed, drawn already) must say which, so they are answered here.
 */
export function conflictsNamed<R extends MedusaRequest>(handler: Handler<R>): Handler<R> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (e) {
      // A workflow rethrows its step's error as a copy, not a MedusaError instance: compare the type.
      const err = e as { type?: string; message?: string }
      if (err?.type !== MedusaError.Types.CONFLICT) throw e
      res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: err.message })
    }
  }
}
