import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LegalHoldError } from "../../../utils/errors"
import { collectLegalHolds } from "../../../utils/registry"
import type { PrivacySubject } from "../../../types/privacy-contract"

/** Validation: a subject under a legal hold is not erased. No compensation. */
export const assertNotHeldStep = createStep("privacy-assert-not-held", async (subject: PrivacySubject, { container }) => {
  const holds = await collectLegalHolds(container, subject)
  if (holds.length) {
    const modules = holds.map((h) => h.module)
    throw new LegalHoldError(`Subject ${subject.customer_id ?? "(by e-mail)"} is under legal hold (${modules.join(", ")}); erasure postponed`, modules)
  }
  return new StepResponse(undefined)
})
