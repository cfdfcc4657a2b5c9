import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settleClosedLotWorkflow } from "./settle-closed-lot"
import { closeLotStep } from "./steps/close-lot"

/**
 * Closes a due lot exactly once and settles it. When a later step fails (e.g.
 * the winner's cart cannot be created), compensation puts the lot back as it
 * was, due, so the next job run tries again. Returns null when there was
 * nothing to close (another worker did, or it is not due).
 */
export const closeLotWorkflow = createWorkflow("auctions-close-lot", (input: { lot_id: string }) => {
  const closed = closeLotStep(input.lot_id)
  when("auctions-lot-closed", { closed }, ({ closed }) => !!closed).then(() => settleClosedLotWorkflow.runAsStep({ input: closed as any }))
  return new WorkflowResponse(closed)
})
