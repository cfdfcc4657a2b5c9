import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { asProcessorRow, type ProcessorFields } from "./create-processor"

export type UpdateProcessorInput = { id: string } & Partial<ProcessorFields>

/** Changes a processor (404 unknown); compensation puts the changed fields' previous values back. */
export const updateProcessorStep = createStep(
  "privacy-update-processor",
  async ({ id, ...fields }: UpdateProcessorInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [found] = await privacy.listProcessors({ id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Processor ${id} was not found`)
    const previous: Record<string, unknown> = { id: found.id }
    for (const key of Object.keys(fields)) previous[key] = (found as Record<string, unknown>)[key]
    await privacy.updateProcessors([asProcessorRow({ id: found.id, ...fields })])
    return new StepResponse({ id: found.id }, previous as UpdateProcessorInput)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<PrivacyModuleService>("privacy").updateProcessors([asProcessorRow(previous)])
  }
)
