import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GiveConsentInput, giveConsentStep } from "./steps/give-consent"

/**
 * File-access consent (P18), signed at the desk or given through the Store API.
 * Hook `consentGiven` (ids only): a handler that throws rolls the write back.
 */
export const giveConsentWorkflow = createWorkflow("repairs-give-consent", (input: GiveConsentInput) => {
  const out = giveConsentStep(input)
  const consentGiven = createHook("consentGiven", out)
  return new WorkflowResponse(out, { hooks: [consentGiven] })
})
