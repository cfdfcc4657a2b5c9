import { z } from "@medusajs/framework/zod"

export const StoreListMultiSafepayMethods = z
  .object({
    cart_id: z.string().min(1, "cart_id is required"),
  })
  .strict()
export type StoreListMultiSafepayMethodsType = z.infer<typeof StoreListMultiSafepayMethods>

/** What a storefront may put in `data` of a MultiSafepay payment session: the chosen gateway, nothing else. */
export const MultiSafepaySessionDataInput = z
  .object({
    gateway: z
      .string()
      .regex(/^[A-Z0-9_]+$/, "gateway must be a MultiSafepay gateway id such as IDEAL")
      .optional(),
    locale: z
      .string()
      .regex(/^[a-z]{2}_[A-Z]{2}$/, "locale must look like nl_NL")
      .optional(),
  })
  .strict()
