import { z } from "@medusajs/framework/zod"

export const Locale = z.enum(["nl", "en"])

export const StoreSubscribe = z
  .object({
    email: z.string().trim().email().max(254),
    locale: Locale.optional(),
    /** The consent text version the form showed; default: the current one for the locale. */
    consent_text_id: z.string().startsWith("nltxt_").optional(),
    /** Which form the request came from, e.g. "footer" or "checkout". */
    source: z
      .string()
      .max(64)
      .regex(/^[a-z0-9_.-]+$/i)
      .optional(),
  })
  .strict()
export type StoreSubscribeType = z.infer<typeof StoreSubscribe>

export const StoreUpdateMySubscription = z
  .object({
    subscribed: z.boolean(),
    locale: Locale.optional(),
    consent_text_id: z.string().startsWith("nltxt_").optional(),
  })
  .strict()
export type StoreUpdateMySubscriptionType = z.infer<typeof StoreUpdateMySubscription>
