import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFailedSubjects } from "../../../../utils/failed-subjects"
import { AdminListPage, parseQuery } from "../validators"

/** Subjects whose erasure failed (reported once, skipped by retention until cleared), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(AdminListPage, req.query)
  const { failed_subjects, count } = await listFailedSubjects(req.scope, { limit, offset })
  res.json({ failed_subjects, count, offset, limit })
}
