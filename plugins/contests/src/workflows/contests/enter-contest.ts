import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EnterInput } from "../../modules/contest/service"
import { ContestEvents } from "../../events"
import { enterContestStep } from "./steps/enter-contest"

/** Enters a customer in a contest (free, once, while it runs, with consent to the current terms). */
export const enterContestWorkflow = createWorkflow("contests-enter-contest", (input: EnterInput) => {
  const entry = enterContestStep(input)
  emitEventStep({ eventName: ContestEvents.ENTERED, data: transform({ entry }, ({ entry }) => ({ id: entry.id })) })
  return new WorkflowResponse(entry)
})
