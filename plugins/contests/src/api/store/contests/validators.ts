import { z } from "@medusajs/framework/zod"
import { ListQuery, Publicity, text } from "../../validators"

export const StoreListContests = ListQuery

export const StoreEnterContest = z
  .object({
    /** The terms version the entrant was shown; must be the current one. */
    terms_version: z
      .number({ error: "terms_version must be a number" })
      .int({ error: "terms_version must be an integer" })
      .min(1, { error: "terms_version must be at least 1" })
      .max(1_000_000, { error: "terms_version is too large" }),
    accept_terms: z.literal(true, { error: "accept_terms must be true: entering means accepting the terms" }),
    skill_answer: text("skill_answer", 500, 1).optional(),
    age_confirmation: z.enum(["adult", "minor_with_parental_consent"], { error: "age_confirmation must be adult or minor_with_parental_consent" }).optional(),
    publicity: Publicity.default("none"),
    town: text("town", 80, 1).optional(),
    /** A separate, unticked choice: recorded as a request only; the storefront passes it on to the newsletter's own double opt-in. */
    newsletter_opt_in: z.boolean({ error: "newsletter_opt_in must be a boolean" }).default(false),
  })
  .strict()
export type StoreEnterContestType = z.infer<typeof StoreEnterContest>
