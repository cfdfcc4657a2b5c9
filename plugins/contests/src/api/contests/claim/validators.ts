import { z } from "@medusajs/framework/zod"
import { Publicity, text } from "../../validators"

const token = z.string({ error: "token must be a string" }).min(10, { error: "token is invalid" }).max(300, { error: "token is invalid" })

export const ClaimQuery = z.object({ token }).strict()

export const ClaimBody = z
  .object({
    token,
    /** What the public winners list may show: nothing (default), the first name, or first name and town. */
    publicity: Publicity.optional(),
    town: text("town", 80, 1).optional(),
  })
  .strict()
export type ClaimBodyType = z.infer<typeof ClaimBody>
