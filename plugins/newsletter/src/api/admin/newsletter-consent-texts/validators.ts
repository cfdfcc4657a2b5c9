import { z } from "@medusajs/framework/zod"
import { paging } from "../newsletter-subscriptions/validators"

export const AdminListConsentTexts = z.object({ ...paging(100, 500), locale: z.enum(["nl", "en"]).optional() }).strict()

export const AdminPublishConsentText = z
  .object({
    locale: z.enum(["nl", "en"]),
    body: z.string().trim().min(10).max(5000),
  })
  .strict()
export type AdminPublishConsentTextType = z.infer<typeof AdminPublishConsentText>
