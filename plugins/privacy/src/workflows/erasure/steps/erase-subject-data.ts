import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseSubject } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/contract"

/**
 * Calls every registered module's eraseSubjectData. Erased data cannot be put back, so
 * there is no compensation: every provider is idempotent and a re-run finishes the job.
 */
export const eraseSubjectDataStep = createStep("privacy-erase-subject-data", async (subject: PrivacySubject, { container }) => {
  const results = await eraseSubject(container, subject)
  return new StepResponse(results)
})
