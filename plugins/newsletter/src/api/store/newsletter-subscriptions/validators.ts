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

/** The token from a confirmation link (the storefront's confirm page sends it). */
export const StoreConfirmSubscription = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "token must be the token of a confirmation link") })
  .strict()
export type StoreConfirmSubscriptionType = z.infer<typeof StoreConfirmSubscription>

/** The token from an unsubscribe link (the storefront's unsubscribe page sends it). */
export const StoreUnsubscribeByToken = z
  .object({
    token: z.string().regex(/^nlsub_[A-Za-z0-9]+\.[A-Za-z0-9_-]{20,100}$/, "token must be the token of an unsubscribe link"),
  })
  .strict()
export type StoreUnsubscribeByTokenType = z.infer<typeof StoreUnsubscribeByToken>
