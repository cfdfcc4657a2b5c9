import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateLotData, createLotStep } from "./steps/create-lot"
import { validateLotVariantStep } from "./steps/validate-lot-variant"

export type CreateLotInput = CreateLotData & { title?: string | null }

/**
 * Creates (schedules) a lot for an existing product variant; the title defaults
 * to the variant's, the sales channel to the store's default one.
 */
export const createLotWorkflow = createWorkflow("auctions-create-lot", (input: CreateLotInput) => {
  const checked = validateLotVariantStep(
    transform({ input }, ({ input }) => ({ variant_id: input.variant_id, sales_channel_id: input.sales_channel_id ?? null }))
  )
  const lot = createLotStep(
    transform({ input, checked }, ({ input, checked }) => ({
      ...input,
      title: input.title ?? checked.title,
      sales_channel_id: checked.sales_channel_id,
    }))
  )
  return new WorkflowResponse(lot)
})
