import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { erasureRequestSubject } from "../../../../../../utils/erasure-request"
import { runExclusive } from "../../../../../../utils/lock"
import PrivacyModuleService from "../../../../../../modules/privacy/service"
import { eraseSubjectWorkflow } from "../../../../../../workflows/erasure/erase-subject"
import { requestLockKey } from "../../../../../../workflows/data-subject-requests/lock-keys"

/**
 * Executes an erasure request now (skips the rest of the cooling-off window). The status check and the erasure
 * run under the request's lock — the one the customer's cancel and the admin's update take — so a cancel and an
 * execution, or two executions, never both pass the check.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const id = req.params.id
  // A lock, not a business write (issue 16 exception): the request's lock held around the check and the erasure workflow.
  const run = await runExclusive(
    req.scope.resolve(Modules.LOCKING),
    requestLockKey(id),
    async () => {
      const [found] = await privacy.listDataSubjectRequests({ id, type: "erasure" })
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Erasure request ${id} was not found`)
      if (!["received", "cooling_off", "in_progress"].includes(found.status)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Erasure request ${found.id} is ${found.status}`)
      }
      const subject = await erasureRequestSubject(req.scope, found)
      if (!subject.exists) {
        // Nothing to erase: the register must never claim an erasure that erased nobody.
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Customer ${found.customer_id ?? ""} of erasure request ${found.id} was not found`.replace("  ", " ")
        )
      }
      const { result } = await eraseSubjectWorkflow(req.scope).run({
        input: {
          customer_id: subject.customer_id,
          email: subject.email,
          request_id: found.id,
          rule: "erasure_request",
          actor: `user:${req.auth_context.actor_id}`,
        },
      })
      return result.results
    },
    { timeout: 30, expire: 120 }
  )
  if (!run.ok) throw new MedusaError(MedusaError.Types.CONFLICT, `Erasure request ${id} is being changed by another request; try again`)
  res.json({ data_subject_request: await privacy.retrieveDataSubjectRequest(id), results: run.value })
}
