import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

export const PrivacyOptionsSchema = z
  .object({
    /**
     * Promise P3: only a registered customer account can pay for and complete a
     * cart. Set to false for shops that allow guest checkout. Default: true.
     */
    requireAccountForCheckout: z.boolean().default(true),
  })
  .strip()

export type PrivacyPluginOptions = z.input<typeof PrivacyOptionsSchema>
export type ResolvedPrivacyOptions = z.output<typeof PrivacyOptionsSchema>

export function parsePrivacyOptions(options: unknown): ResolvedPrivacyOptions {
  const parsed = PrivacyOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid option "${issue.path.join(".")}" of @softshop/medusa-privacy: ${issue.message}`
    )
  }
  return parsed.data
}
