import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type ProcessorFields = { name: string; purpose: string; data_categories: string[]; location: string; active?: boolean }

/** The model's `data_categories` is a JSON column (typed as a record); the register stores a list of category names. */
export type ProcessorRow = Omit<ProcessorFields, "data_categories"> & { data_categories: Record<string, unknown> }
export const asProcessorRow = <T extends { data_categories?: unknown }>(fields: T) =>
  fields as Omit<T, "data_categories"> & { data_categories?: Record<string, unknown> }

/** Adds a processor to the register; compensation deletes it. */
export const createProcessorStep = createStep(
  "privacy-create-processor",
  async (input: ProcessorFields, { container }) => {
    const processor = await container.resolve<PrivacyModuleService>("privacy").createProcessors(asProcessorRow(input) as ProcessorRow)
    return new StepResponse({ id: processor.id }, processor.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteProcessors(id)
  }
)
