import { z } from "@medusajs/framework/zod"
import { AckBody, ConsentBody, EstimateDecision, RequestBody, WithdrawBody } from "../../../utils/validation"

export const StoreListRepairs = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(50).default(20),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).max(100_000).default(0),
    fields: z.string().max(200).optional(),
    order: z.enum(["created_at", "-created_at"]).optional(),
  })
  .strict()

export const StoreTrack = z
  .object({ token: z.string({ error: "token is required" }).min(1, { error: "token is required" }).max(300, { error: "token is invalid" }) })
  .strict()

/** Without `locale` the texts are in the `locale` option's language. */
export const StoreTexts = z.object({ locale: z.enum(["nl", "en"], { error: "locale must be nl or en" }).optional() }).strict()

export const StoreConsent = ConsentBody
export const StoreWithdraw = WithdrawBody
export const StoreAck = AckBody
export const StoreEstimate = EstimateDecision
export const StoreRequest = RequestBody
