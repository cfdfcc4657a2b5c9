import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContestEvents } from "../../events"
import { claimPrizeStep, ClaimPrizeInput } from "./steps/claim-prize"

/** Claims a prize through the signed link, optionally with what the winners list may show. */
export const claimPrizeWorkflow = createWorkflow("contests-claim-prize", (input: ClaimPrizeInput) => {
  const winner = claimPrizeStep(input)
  emitEventStep({ eventName: ContestEvents.CLAIMED, data: transform({ winner }, ({ winner }) => ({ id: winner.id })) })
  return new WorkflowResponse(winner)
})
