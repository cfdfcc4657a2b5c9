import { z } from "@medusajs/framework/zod"
import { VISITOR_ID_FORMAT } from "../../../utils/visitor-id"

export const CONSENT_CATEGORIES = ["necessary", "analytics", "marketing"] as const
/** A visitor id issued by this shop (`<22 characters>.<43 characters>`, see utils/visitor-id.ts); its signature is checked in the route. Omit it to get one issued. */
const visitorId = z.string().regex(VISITOR_ID_FORMAT, "visitor_id must be a visitor id issued by this shop (omit it to get one)").optional()

export const StoreCreateErasureRequest = z.object({ password: z.string().min(1, "password is required") }).strict()

export const StoreRecordConsent = z
  .object({
    visitor_id: visitorId,
    policy_text_id: z.string().min(1),
    choices: z.object({ analytics: z.boolean(), marketing: z.boolean() }).strict(),
  })
  .strict()

export const StoreWithdrawConsent = z
  .object({
    visitor_id: visitorId,
    categories: z
      .array(z.enum(["analytics", "marketing"]))
      .min(1)
      .optional(),
  })
  .strict()

export const StoreGetConsent = z.object({ visitor_id: visitorId }).strict()
export const StoreGetPolicyText = z
  .object({ kind: z.enum(["cookies", "privacy_statement"]).default("cookies"), locale: z.string().min(2).max(10).optional() })
  .strict()

export type StoreCreateErasureRequestType = z.infer<typeof StoreCreateErasureRequest>
export type StoreRecordConsentType = z.infer<typeof StoreRecordConsent>
export type StoreWithdrawConsentType = z.infer<typeof StoreWithdrawConsent>
