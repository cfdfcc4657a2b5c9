import { z } from "zod"

/** Query as `plugins/payment-multisafepay/src/api/store/multisafepay/payment-methods/validators.ts` accepts it. */
export type ListPaymentMethodsQuery = { cart_id: string }

/** What a storefront may put in `data` of a MultiSafepay payment session (the chosen gateway, nothing else). */
export type MultiSafepaySessionData = { gateway?: string | undefined; locale?: string | undefined }

export const PaymentMethod = z.object({
  id: z.string(),
  name: z.string(),
  shopping_cart_required: z.boolean(),
  icon_url: z.string().nullable(),
})
export type PaymentMethod = z.infer<typeof PaymentMethod>

export const ListPaymentMethodsResponse = z.object({ payment_methods: z.array(PaymentMethod), count: z.number() })
export type ListPaymentMethodsResponse = z.infer<typeof ListPaymentMethodsResponse>

/** The session data Medusa answers with after `POST /store/payment-collections/:id/payment-sessions`. */
export const MultiSafepaySession = z.object({
  payment_url: z.string(),
  order_id: z.string(),
})
export type MultiSafepaySession = z.infer<typeof MultiSafepaySession>
