import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { moderateReviewWorkflow } from "../../../../workflows/reviews/moderate-review"
import { actorOf } from "../helpers"
import { AdminBulkModerateType } from "../validators"

/** Bulk decision: one workflow per review, so each is decided (or refused) on its own; the result names each. */
export async function POST(req: AuthenticatedMedusaRequest<AdminBulkModerateType>, res: MedusaResponse) {
  const { ids, ...decision } = req.validatedBody
  const results: { id: string; status: string | null; error: string | null }[] = []
  for (const id of [...new Set(ids)]) {
    try {
      const { result } = await moderateReviewWorkflow(req.scope).run({
        input: { ...decision, review_id: id, actor: actorOf(req) },
      })
      results.push({ id, status: result.status, error: null })
    } catch (e) {
      if (!(e instanceof MedusaError) && !(e as any)?.type) throw e
      results.push({ id, status: null, error: (e as Error).message })
    }
  }
  res.json({
    results,
    succeeded: results.filter((r) => !r.error).length,
    failed: results.filter((r) => r.error).length,
  })
}
