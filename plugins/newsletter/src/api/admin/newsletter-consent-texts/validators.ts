import { z } from "@medusajs/framework/zod"

export const AdminPublishConsentText = z
  .object({
    locale: z.enum(["nl", "en"]),
    body: z.string().trim().min(10).max(5000),
  })
  .strict()
export type AdminPublishConsentTextType = z.infer<typeof AdminPublishConsentText>
