import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EnrollSoftOptInInput, enrollSoftOptInStep } from "./steps/enroll-soft-opt-in"

/** Soft opt-in (when enabled): enrols an ordering customer's address that was never subscribed or suppressed. */
export const enrollSoftOptInWorkflow = createWorkflow(
  "newsletter-enroll-soft-opt-in",
  (input: EnrollSoftOptInInput) => new WorkflowResponse(enrollSoftOptInStep(input))
)
