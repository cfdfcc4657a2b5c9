import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { eraseCoreSubjectsDetailed } from "../../../providers/medusa-core"
import type { PrivacySubject } from "../../../types/privacy-contract"

/**
 * Medusa's own data of the subjects, through the Medusa core provider (src/providers/medusa-core): one call per
 * module service for the whole batch. Runs after every other module's erasure (they may still read the customer).
 * Returns the counts and the ids whose links the next step removes. Erased data cannot be put back: no
 * compensation; idempotent, a re-run finishes an interrupted erasure.
 */
export const eraseMedusaCoreDataStep = createStep("privacy-erase-medusa-core-data", async (subjects: PrivacySubject[], { container }) => {
  return new StepResponse(await eraseCoreSubjectsDetailed(container, subjects, container.resolve<PrivacyModuleService>("privacy").now()))
})
