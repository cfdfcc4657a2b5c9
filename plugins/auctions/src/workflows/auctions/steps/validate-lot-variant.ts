import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateLotVariantInput = { variant_id: string; sales_channel_id?: string | null }

/**
 * Validation: the lot's variant exists and is sold in the lot's sales channel
 * (the store's default channel when none is given), so the winner's cart can be
 * created and shipped there. Returns the display title and the channel. No compensation.
 */
export const validateLotVariantStep = createStep("auctions-validate-lot-variant", async (input: ValidateLotVariantInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.sales_channels.id"],
    filters: { id: input.variant_id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id ${input.variant_id} does not exist`)
  const variant = data[0] as {
    title?: string
    product?: { title?: string; sales_channels?: { id: string }[] | null }
  }
  let channelId = input.sales_channel_id ?? null
  if (channelId) {
    const { data: channels } = await query.graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { id: channelId },
    })
    if (!channels.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_channel_id ${channelId} does not exist`)
  } else {
    const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
    channelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id ?? null
  }
  if (channelId && !(variant.product?.sales_channels ?? []).some((c) => c?.id === channelId)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `variant_id ${input.variant_id} is not sold in sales channel ${channelId}${input.sales_channel_id ? "" : " (the store's default; pass sales_channel_id)"}`
    )
  }
  return new StepResponse({
    title: [variant.product?.title, variant.title].filter(Boolean).join(" – "),
    sales_channel_id: channelId,
  })
})
