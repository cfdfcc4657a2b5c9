import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ProductVisibilityInput = {
  product_id: string
  sales_channel_ids: string[]
}

/** Fails with 404 unless the product exists, is published and is sold in one of the key's sales channels. */
export const validateProductStep = createStep("reviews-validate-product", async (input: ProductVisibilityInput, { container }) => {
  await assertProductVisible(container, input)
  return new StepResponse(input.product_id)
})

export async function assertProductVisible(container: { resolve: (k: string) => any }, input: ProductVisibilityInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id"],
    filters: { id: input.product_id },
  })
  const product = data[0] as any
  const inChannel = (product?.sales_channels ?? []).some((sc: any) => sc && input.sales_channel_ids.includes(sc.id))
  if (!product || product.status !== "published" || !inChannel) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
  }
}
