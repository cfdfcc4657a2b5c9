import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContestEvents } from "../../events"
import { mailWinnersStep } from "./steps/mail-winners"
import { runDrawingStep } from "./steps/run-drawing"

/**
 * Runs the main draw ("draw") or the redraw of expired claims ("redraw") once,
 * then mails the winners their claim links.
 */
export const drawContestWorkflow = createWorkflow("contests-draw-contest", (input: { contest_id: string; actor: string; kind: "draw" | "redraw" }) => {
  const result = runDrawingStep(input)
  mailWinnersStep(transform({ result }, ({ result }) => ({ title: result.contest.title, winners: result.winners })))
  emitEventStep({ eventName: ContestEvents.DRAWN, data: transform({ result }, ({ result }) => ({ id: result.drawing.id })) })
  return new WorkflowResponse(result)
})
