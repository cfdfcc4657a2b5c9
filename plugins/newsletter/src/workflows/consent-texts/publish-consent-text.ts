import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PublishConsentTextInput, publishConsentTextStep } from "./steps/publish-consent-text"

/** Publishes a new consent-text version; earlier versions stay, the ledger points at them. */
export const publishConsentTextWorkflow = createWorkflow(
  "newsletter-publish-consent-text",
  (input: PublishConsentTextInput) => new WorkflowResponse(publishConsentTextStep(input))
)
