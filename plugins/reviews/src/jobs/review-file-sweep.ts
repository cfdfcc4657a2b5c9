import { MedusaContainer } from "@medusajs/framework/types"
import { deleteQueuedFilesWorkflow } from "../workflows/reviews/delete-queued-files"

/** Deletes files still queued for deletion (a subscriber or step that failed). */
export default async function reviewFileSweepJob(container: MedusaContainer) {
  await deleteQueuedFilesWorkflow(container).run({ input: { ids: null } })
}

export const config = { name: "reviews-sweep-files", schedule: "*/10 * * * *" }
