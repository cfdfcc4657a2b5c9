import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveDisputeStep } from "./steps/resolve-dispute"

/** A merchant closes a chargeback (won, accepted or settled): the customer's erasure is no longer held by it. */
export const resolveDisputeWorkflow = createWorkflow("multisafepay-resolve-dispute", (input: { id: string; actor: string }) => {
  acquireLockStep({ key: input.id, timeout: 5, ttl: 30 })
  const dispute = resolveDisputeStep(input)
  releaseLockStep({ key: input.id })
  return new WorkflowResponse(dispute)
})
