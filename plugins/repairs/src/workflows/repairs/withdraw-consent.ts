import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WithdrawConsentInput, withdrawConsentStep } from "./steps/withdraw-consent"

/**
 * Withdraws file-access consent (all scopes unless some are named); blocks every later access needing them.
 * Hook `consentWithdrawn` (ids only): a handler that throws rolls the write back.
 */
export const withdrawConsentWorkflow = createWorkflow("repairs-withdraw-consent", (input: WithdrawConsentInput) => {
  const out = withdrawConsentStep(input)
  const consentWithdrawn = createHook("consentWithdrawn", out)
  return new WorkflowResponse(out, { hooks: [consentWithdrawn] })
})
