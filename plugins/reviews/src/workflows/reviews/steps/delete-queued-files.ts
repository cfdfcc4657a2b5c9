import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQueuedFiles } from "../../../utils/files"

/** Deletes the files a transition queued from storage. Irreversible, so it comes last; failures stay queued. */
export const deleteQueuedFilesStep = createStep("reviews-delete-queued-files", async (ids: string[], { container }) => {
  if (ids.length) await deleteQueuedFiles(container as any, ids)
  return new StepResponse(undefined)
})
