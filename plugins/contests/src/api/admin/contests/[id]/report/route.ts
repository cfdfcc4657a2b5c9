import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadContest } from "../../../../helpers"

/** The response report (P7): aggregate counts only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { service, contest } = await loadContest(req, { admin: true })
  const { order_window_days } = req.validatedQuery as { order_window_days: number }
  res.json({ report: await service.responseReport(contest.id, order_window_days) })
}
