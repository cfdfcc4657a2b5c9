import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/** Removes a processor from the register (404 unknown); compensation creates the same row again, id included. */
export const deleteProcessorStep = createStep(
  "privacy-delete-processor",
  async ({ id }: { id: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [found] = await privacy.listProcessors({ id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Processor ${id} was not found`)
    await privacy.deleteProcessors(found.id)
    return new StepResponse({ id: found.id }, found)
  },
  async (snapshot, { container }) => {
    if (snapshot) await container.resolve<PrivacyModuleService>("privacy").createProcessors(snapshot as any)
  }
)
