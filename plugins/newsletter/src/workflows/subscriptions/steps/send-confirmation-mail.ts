import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubscribeOutcome } from "../../../modules/newsletter/types"
import { sendConfirmationMail } from "../../../utils/mails"

/**
 * Side effect, last: the double opt-in mail of a fresh request (nothing for other
 * outcomes). A failed send is logged without the address; subscribing again retries.
 */
export const sendConfirmationMailStep = createStep("newsletter-send-confirmation-mail", async (result: SubscribeOutcome, { container }) => {
  await sendConfirmationMail(container, result)
  return new StepResponse(undefined)
})
