import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deleteQueuedFilesWorkflow } from "../workflows/reviews/delete-queued-files"

/** Deletes a file the module queued (erasure) from storage; the sweeping job retries failures. */
export default async function reviewFileDeletion({ event, container }: SubscriberArgs<{ id: string }>) {
  await deleteQueuedFilesWorkflow(container).run({ input: { ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: "review.file_deletion.queued" }
