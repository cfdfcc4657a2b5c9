import { z } from "zod"

export type NewsletterLocale = "nl" | "en"

/** Bodies as `plugins/newsletter/src/api/store/newsletter-subscriptions/validators.ts` accepts them. */
export type SubscribeBody = {
  email: string
  locale?: NewsletterLocale | undefined
  consent_text_id?: string | undefined
  source?: string | undefined
}
export type UpdateMySubscriptionBody = {
  subscribed: boolean
  locale?: NewsletterLocale | undefined
  consent_text_id?: string | undefined
}
export type TokenBody = { token: string }

export const ConsentText = z.object({
  id: z.string(),
  locale: z.string(),
  version: z.number(),
  body: z.string(),
  hash: z.string(),
})
export type ConsentText = z.infer<typeof ConsentText>

export const ConsentTextResponse = z.object({ consent_text: ConsentText })
export type ConsentTextResponse = z.infer<typeof ConsentTextResponse>

export const SubscribeResponse = z.object({
  subscription_request: z.object({ email: z.string(), status: z.literal("confirmation_sent") }),
})
export type SubscribeResponse = z.infer<typeof SubscribeResponse>

export const MySubscription = z.object({
  id: z.string(),
  status: z.enum(["pending", "subscribed", "unsubscribed", "suppressed"]),
  legal_basis: z.string(),
  locale: z.string(),
  confirmed_at: z.string().nullable(),
})
export type MySubscription = z.infer<typeof MySubscription>

export const MySubscriptionResponse = z.object({ newsletter_subscription: MySubscription.nullable() })
export type MySubscriptionResponse = z.infer<typeof MySubscriptionResponse>

/** Outcomes of the confirm and unsubscribe links (the storefront's own pages show them). */
export const ConfirmResponse = z.object({
  outcome: z.enum(["confirmed", "already_confirmed", "expired", "revoked", "used", "invalid"]),
  locale: z.enum(["nl", "en"]),
})
export type ConfirmResponse = z.infer<typeof ConfirmResponse>

export const UnsubscribeResponse = z.object({
  outcome: z.enum(["unsubscribed", "already_unsubscribed", "invalid"]),
  locale: z.enum(["nl", "en"]),
})
export type UnsubscribeResponse = z.infer<typeof UnsubscribeResponse>
