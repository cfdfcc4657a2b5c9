import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContestEvents } from "../../events"
import { publishContestStep } from "./steps/publish-contest"

/** Publishes a contest: from here on the round-1 seed is committed by its SHA-256. */
export const publishContestWorkflow = createWorkflow("contests-publish-contest", (input: { id: string }) => {
  const contest = publishContestStep(input.id)
  emitEventStep({ eventName: ContestEvents.PUBLISHED, data: transform({ contest }, ({ contest }) => ({ id: contest.id })) })
  return new WorkflowResponse(contest)
})
