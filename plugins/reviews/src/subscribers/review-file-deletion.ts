import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deleteQueuedFiles } from "../utils/files"

/** Deletes a file the module queued (erasure) from storage; the sweeping job retries failures. */
export default async function reviewFileDeletion({ event, container }: SubscriberArgs<{ id: string }>) {
  await deleteQueuedFiles(container, [event.data.id])
}

export const config: SubscriberConfig = { event: "review.file_deletion.queued" }
