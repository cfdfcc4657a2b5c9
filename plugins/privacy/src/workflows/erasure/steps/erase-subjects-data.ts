import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseSubjectsInModules } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/privacy-contract"

/**
 * Erases a batch of subjects in every registered module but Medusa's own (the next step, erase-medusa-core-data),
 * with batch methods where a module has them. Erased data cannot be put back, so there is no compensation: every
 * provider is idempotent and a re-run finishes the job.
 */
export const eraseSubjectsDataStep = createStep("privacy-erase-subjects-data", async (subjects: PrivacySubject[], { container }) => {
  return new StepResponse(await eraseSubjectsInModules(container, subjects))
})
