import { z } from "@medusajs/framework/zod"

export const TokenQuery = z
  .object({
    token: z.string({ error: "token must be a string" }).min(10, { error: "token is required" }).max(2000, { error: "token is too long" }),
  })
  .strict()
export const TokenBody = TokenQuery
