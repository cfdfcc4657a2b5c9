import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateLotData, createLotStep } from "./steps/create-lot"
import { validateLotVariantStep } from "./steps/validate-lot-variant"

export type CreateLotInput = CreateLotData & { title?: string | null }

/** Creates (schedules) a lot for an existing product variant; the title defaults to the variant's. */
export const createLotWorkflow = createWorkflow("auctions-create-lot", (input: CreateLotInput) => {
  const variantTitle = validateLotVariantStep(input.variant_id)
  const lot = createLotStep(
    transform({ input, variantTitle }, ({ input, variantTitle }) => ({ ...input, title: input.title ?? variantTitle }))
  )
  return new WorkflowResponse(lot)
})
