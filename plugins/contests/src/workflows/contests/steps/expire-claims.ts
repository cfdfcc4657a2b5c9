import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"

/** Expires up to `limit` pending claims past their deadline; compensation makes exactly those pending again. Ids only. */
export const expireClaimsStep = createStep(
  "contests-expire-claims",
  async (input: { limit: number }, { container }) => {
    const { expired, contest_ids, claims } = await contestOf(container).expireClaims(input.limit)
    return new StepResponse({ expired, contest_ids }, claims)
  },
  async (claims, { container }) => {
    if (claims?.length) await contestOf(container).unexpireClaims(claims)
  }
)
