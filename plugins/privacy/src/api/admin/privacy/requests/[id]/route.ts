import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { AdminUpdateRequestType } from "../../validators"

const CLOSED = ["completed", "rejected", "cancelled"]

/** Status and note of a request; the admin becomes its handler. Closed requests stay closed. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateRequestType>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const body = req.validatedBody
  const request = await req.scope.resolve(Modules.LOCKING).execute(`privacy:dsr-request:${req.params.id}`, async () => {
    const [found] = await privacy.listDataSubjectRequests({ id: req.params.id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Data-subject request ${req.params.id} was not found`)
    if (body.status && body.status !== found.status && CLOSED.includes(found.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Data-subject request ${found.id} is ${found.status} and cannot change status`)
    }
    if (body.status === "completed" && found.type === "erasure" && found.status !== "completed") {
      // Only the erasure itself may close an erasure request: "completed" must mean the data is gone.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Erasure request ${found.id} is completed by executing it (POST /admin/privacy/requests/${found.id}/execute)`
      )
    }
    const done = CLOSED.includes(body.status ?? "")
    const [updated] = await privacy.updateDataSubjectRequests([
      {
        id: found.id,
        ...body,
        handled_by: `user:${req.auth_context.actor_id}`,
        completed_at: done && !found.completed_at ? privacy.now() : found.completed_at,
        subject_email: done ? null : found.subject_email,
      },
    ])
    return updated
  })
  res.json({ data_subject_request: request })
}
