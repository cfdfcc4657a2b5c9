import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/** Releases an active hold (404 unknown, 400 already released); compensation makes it active again. */
export const releaseLegalHoldStep = createStep(
  "privacy-release-legal-hold",
  async ({ id, actor }: { id: string; actor: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [found] = await privacy.listLegalHolds({ id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Legal hold ${id} was not found`)
    if (found.released_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Legal hold ${id} is already released`)
    const [hold] = await privacy.updateLegalHolds([{ id, released_at: privacy.now(), released_by: actor }])
    return new StepResponse(hold, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").updateLegalHolds([{ id, released_at: null, released_by: null }])
  }
)
