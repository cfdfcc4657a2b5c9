import { z } from "@medusajs/framework/zod"
import { fieldsParam, paging } from "../newsletter-subscriptions/validators"
import { listConsentTextsQueryConfig } from "./query-config"

export const AdminListConsentTexts = z
  .object({ ...paging(100, 500), fields: fieldsParam(listConsentTextsQueryConfig.allowed), locale: z.enum(["nl", "en"]).optional() })
  .strict()

export const AdminPublishConsentText = z
  .object({
    locale: z.enum(["nl", "en"]),
    body: z.string().trim().min(10).max(5000),
  })
  .strict()
export type AdminPublishConsentTextType = z.infer<typeof AdminPublishConsentText>
