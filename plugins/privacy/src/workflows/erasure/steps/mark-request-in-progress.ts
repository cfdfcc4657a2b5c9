import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/** Moves the erasure request to in_progress; compensation restores its previous status. */
export const markRequestInProgressStep = createStep(
  "privacy-mark-request-in-progress",
  async (requestId: string | undefined, { container }) => {
    if (!requestId) return new StepResponse(undefined, undefined)
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const before = await privacy.retrieveDataSubjectRequest(requestId)
    await privacy.updateDataSubjectRequests({ id: requestId, status: "in_progress" })
    return new StepResponse(undefined, { id: requestId, status: before.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<PrivacyModuleService>("privacy").updateDataSubjectRequests(previous)
  }
)
