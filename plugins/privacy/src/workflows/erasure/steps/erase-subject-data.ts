import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseSubjectsInModules } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/privacy-contract"

/**
 * Erases the subject in every registered module but Medusa's own (the next step, erase-medusa-core-data). Erased
 * data cannot be put back, so there is no compensation: every provider is idempotent and a re-run finishes the job.
 */
export const eraseSubjectDataStep = createStep("privacy-erase-subject-data", async (subject: PrivacySubject, { container }) => {
  return new StepResponse(await eraseSubjectsInModules(container, [subject]))
})
