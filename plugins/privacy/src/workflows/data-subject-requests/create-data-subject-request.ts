import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addMonths } from "../../utils/clock"
import { assertRequestCustomerExistsStep } from "./steps/validate-request-change"
import { transitionDataSubjectRequestStep } from "./steps/transition-data-subject-request"

export type CreateDataSubjectRequestInput = {
  type: "access" | "erasure" | "rectification" | "objection"
  channel: "email" | "phone" | "letter" | "admin"
  customer_id?: string
  subject_email?: string
  note?: string
  actor: string
  /** The privacy clock's now (the route reads it, so a test clock applies). */
  now: Date
}

/**
 * A request received by e-mail, phone or letter, recorded by an admin: the customer must exist (404, never a
 * request about nobody), the legal deadline is one month after receipt; request and audit entry in one transaction.
 */
export const createDataSubjectRequestWorkflow = createWorkflow("privacy-create-data-subject-request", (input: CreateDataSubjectRequestInput) => {
  assertRequestCustomerExistsStep(input.customer_id)
  const written = transitionDataSubjectRequestStep(
    transform({ input }, ({ input: { actor, now, ...fields } }) => ({
      create: {
        ...fields,
        status: "received" as const,
        received_at: new Date(now),
        due_at: addMonths(new Date(now), 1),
        handled_by: actor,
      },
      audit: { rule: `request_${fields.type}`, actor, counts: { requests: 1 } },
    }))
  )
  return new WorkflowResponse(written)
})
