import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { CancelLotStepInput, cancelLotStep } from "./steps/cancel-lot"
import { publishLotUpdateStep } from "./steps/publish-lot-update"

/** Cancels a lot that has not ended, with a reason; announces it (event, live update). */
export const cancelLotWorkflow = createWorkflow("auctions-cancel-lot", (input: CancelLotStepInput) => {
  const lot = cancelLotStep(input)
  emitEventStep({ eventName: AuctionEvents.LOT_CANCELLED, data: transform({ lot }, ({ lot }) => ({ id: lot.id })) })
  publishLotUpdateStep(transform({ lot }, ({ lot }) => ({ type: "cancelled" as const, lot })))
  return new WorkflowResponse(lot)
})
