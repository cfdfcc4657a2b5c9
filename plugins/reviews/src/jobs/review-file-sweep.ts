import { MedusaContainer } from "@medusajs/framework/types"
import { deleteQueuedFiles } from "../utils/files"

/** Deletes files still queued for deletion (a subscriber or step that failed). */
export default async function reviewFileSweepJob(container: MedusaContainer) {
  await deleteQueuedFiles(container)
}

export const config = { name: "reviews-sweep-files", schedule: "*/10 * * * *" }
