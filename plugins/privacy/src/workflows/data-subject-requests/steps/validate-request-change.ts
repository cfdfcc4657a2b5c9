import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

const CLOSED = ["completed", "rejected", "cancelled"]

export type ValidateRequestUpdateInput = { id: string; status?: string; note?: string; actor: string }

/**
 * Validation under the request's lock (admin change of status and note): 404 unknown, closed requests stay
 * closed, an erasure request is completed only by executing it. Returns the fields to write; the admin
 * becomes the handler, a request being closed gets its completion time and loses its e-mail. No compensation.
 */
export const validateRequestUpdateStep = createStep(
  "privacy-validate-request-update",
  async ({ id, status, note, actor }: ValidateRequestUpdateInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [found] = await privacy.listDataSubjectRequests({ id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Data-subject request ${id} was not found`)
    if (status && status !== found.status && CLOSED.includes(found.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Data-subject request ${found.id} is ${found.status} and cannot change status`)
    }
    if (status === "completed" && found.type === "erasure" && found.status !== "completed") {
      // Only the erasure itself may close an erasure request: "completed" must mean the data is gone.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Erasure request ${found.id} is completed by executing it (POST /admin/privacy/requests/${found.id}/execute)`
      )
    }
    const done = CLOSED.includes(status ?? "")
    return new StepResponse({
      id: found.id,
      ...(status !== undefined ? { status: status as any } : {}),
      ...(note !== undefined ? { note } : {}),
      handled_by: actor,
      completed_at: done && !found.completed_at ? privacy.now() : found.completed_at,
      subject_email: done ? null : found.subject_email,
    })
  }
)

/** Validation under the request's lock: the customer's own erasure request, still cooling off. No compensation. */
export const validateErasureCancelStep = createStep(
  "privacy-validate-erasure-cancel",
  async ({ id, customer_id }: { id: string; customer_id: string }, { container }) => {
    const [found] = await container.resolve<PrivacyModuleService>("privacy").listDataSubjectRequests({ id, customer_id, type: "erasure" })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Erasure request ${id} was not found`)
    if (found.status !== "cooling_off") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Erasure request ${found.id} is ${found.status} and can no longer be cancelled`)
    }
    return new StepResponse(undefined)
  }
)

/** Validation under the customer's lock: one open erasure request per account (409). No compensation. */
export const assertNoOpenErasureStep = createStep("privacy-assert-no-open-erasure", async (customerId: string, { container }) => {
  const open = await container
    .resolve<PrivacyModuleService>("privacy")
    .listDataSubjectRequests({ customer_id: customerId, type: "erasure", status: ["cooling_off", "in_progress"] }, { select: ["id"] })
  if (open.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `An erasure request (${open[0].id}) is already open for this account`)
  return new StepResponse(undefined)
})

/** Validation: a request about a customer names one that exists (soft-deleted records count: they still hold data). */
export const assertRequestCustomerExistsStep = createStep("privacy-assert-request-customer-exists", async (customerId: string | undefined, { container }) => {
  if (!customerId) return new StepResponse(undefined)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"], withDeleted: true })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  return new StepResponse(undefined)
})
