import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendErasureConfirmation } from "../../../utils/erasure-request"

/**
 * The erasure request's confirmation mail. Last step, no compensation (a mail cannot be unsent); a mail
 * that cannot be sent does not undo the request (Medusa records the failed notification).
 */
export const sendErasureConfirmationStep = createStep(
  "privacy-send-erasure-confirmation",
  async (input: { request_id: string; to: string; locale?: unknown }, { container }) => {
    await sendErasureConfirmation(container, input)
    return new StepResponse(undefined)
  }
)
