import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService, { type RequestTransition } from "../../../modules/privacy/service"

/**
 * Creates or changes a data-subject request and writes its audit entry in one transaction (both or neither);
 * compensation undoes both, also in one transaction: the created request is deleted, a changed one gets its
 * previous fields back, the audit entry goes.
 */
export const transitionDataSubjectRequestStep = createStep(
  "privacy-transition-data-subject-request",
  async (transition: RequestTransition, { container }) => {
    const { request, audit_log_id, undo } = await container.resolve<PrivacyModuleService>("privacy").transitionDataSubjectRequest(transition)
    return new StepResponse({ id: request.id, audit_log_id }, undo)
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PrivacyModuleService>("privacy").undoRequestTransition(undo)
  }
)
