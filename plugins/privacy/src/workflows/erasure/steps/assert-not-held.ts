import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { collectLegalHolds } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/privacy-contract"

/** Validation: a subject under a legal hold is not erased. No compensation. */
export const assertNotHeldStep = createStep("privacy-assert-not-held", async (subject: PrivacySubject, { container }) => {
  const holds = await collectLegalHolds(container, subject)
  if (holds.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Subject ${subject.customer_id ?? "(by e-mail)"} is under legal hold (${holds.map((h) => h.module).join(", ")}); erasure postponed`
    )
  }
  return new StepResponse(undefined)
})
