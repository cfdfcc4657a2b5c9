import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { WinnerRow } from "../../../modules/contest/types"
import { mailWinners } from "../../../utils/mail"

/** Mails the winners their claim links (idempotent per winner); nothing to compensate once sent. */
export const mailWinnersStep = createStep("contests-mail-winners", async (input: { title: string; winners: WinnerRow[] }, { container }) => {
  const mailed = await mailWinners(container as any, input.title, input.winners)
  await contestOf(container).markMailed(mailed)
  return new StepResponse(mailed.length)
})
