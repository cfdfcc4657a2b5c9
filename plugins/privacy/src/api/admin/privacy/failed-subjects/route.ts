import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFailedSubjects } from "../../../../utils/failed-subjects"
import { pageOf } from "../list-config"

/** Subjects whose erasure failed (reported once, skipped by retention until cleared), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take } = pageOf(req, {})
  const { failed_subjects, count } = await listFailedSubjects(req.scope, { limit: take, offset: skip })
  res.json({ failed_subjects, count, offset: skip, limit: take })
}
