import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { collectLegalHoldsForSubjects } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/privacy-contract"

/**
 * Validation for a batch: subjects under a legal hold are taken out (checked again here, inside the
 * workflow, so a hold placed after the scan still counts). Reads only, no compensation.
 */
export const filterHeldSubjectsStep = createStep("privacy-filter-held-subjects", async (subjects: PrivacySubject[], { container }) => {
  const holds = await collectLegalHoldsForSubjects(container, subjects)
  return new StepResponse({
    free: subjects.filter((_, i) => !holds[i].length),
    held: subjects.filter((_, i) => holds[i].length).map((s) => s.customer_id ?? null),
  })
})
