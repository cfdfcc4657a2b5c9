import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { ModerateInput } from "../../modules/review/service"
import { deleteQueuedFilesStep } from "./steps/delete-queued-files"
import { sendDecisionMailStep } from "./steps/send-decision-mail"
import { moderateReviewStep } from "./steps/transitions"

const EVENT = {
  approve: ReviewEvents.APPROVED,
  reject: ReviewEvents.REJECTED,
  unpublish: ReviewEvents.UPDATED,
} as const

/**
 * A moderator approves or rejects a pending review, or unpublishes an approved
 * one with a reason; the summary changes in the same transaction, the reviewer
 * is mailed the decision and reason, a rejected review's photos leave storage.
 */
export const moderateReviewWorkflow = createWorkflow("reviews-moderate-review", (input: ModerateInput) => {
  const result = moderateReviewStep(input)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => EVENT[input.action]),
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  deleteQueuedFilesStep(transform({ result }, ({ result }) => result.file_deletion_ids))
  sendDecisionMailStep(
    transform({ result }, ({ result }) => ({
      review: result.after!,
      audit_id: result.audit_ids[0],
    }))
  )
  return new WorkflowResponse(transform({ result }, ({ result }) => result.after!))
})
