import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type CreateLegalHoldInput = { customer_id: string; reason: string; reference?: string | null; created_by: string }

/** Creates a manual legal hold; compensation deletes it. */
export const createLegalHoldStep = createStep(
  "privacy-create-legal-hold",
  async (input: CreateLegalHoldInput, { container }) => {
    const hold = await container.resolve<PrivacyModuleService>("privacy").createLegalHolds(input)
    return new StepResponse(hold, hold.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteLegalHolds(id)
  }
)
