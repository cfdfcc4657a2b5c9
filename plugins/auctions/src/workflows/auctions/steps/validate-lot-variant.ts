import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Validation: the lot's variant exists; returns its display title. No compensation. */
export const validateLotVariantStep = createStep(
  "auctions-validate-lot-variant-step",
  async (variantId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title"],
      filters: { id: variantId },
    })
    if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id ${variantId} does not exist`)
    const variant = data[0] as { title?: string; product?: { title?: string } }
    return new StepResponse([variant.product?.title, variant.title].filter(Boolean).join(" – "))
  }
)
