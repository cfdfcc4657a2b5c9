import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/**
 * Deletes queued files from storage through the File Module, then their queue rows: the ones named, or (`null`,
 * the sweep) up to 200 still pending. A file already gone counts as deleted; other failures stay queued for the
 * sweeping job and are logged by id only. Irreversible, so it comes last in a workflow and has no compensation.
 */
export const deleteQueuedFilesStep = createStep("reviews-delete-queued-files", async (ids: string[] | null, { container }) => {
  if (ids && !ids.length) return new StepResponse({ deleted: 0 })
  const reviews = reviewsOf(container as any)
  const files = container.resolve(Modules.FILE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const queued = ids
    ? ((await reviews.listReviewFileDeletions({ id: ids })) as {
        id: string
        file_id: string
      }[])
    : await reviews.listPendingFileDeletions(200)
  let deleted = 0
  for (const q of queued) {
    try {
      await files.deleteFiles(q.file_id)
      await reviews.deleteReviewFileDeletions(q.id)
      deleted++
    } catch (e) {
      logger.warn(`reviews: deleting stored file of queue entry ${q.id} failed (${(e as Error).name}); the sweep retries`)
    }
  }
  return new StepResponse({ deleted })
})
