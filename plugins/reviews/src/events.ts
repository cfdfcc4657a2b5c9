/** Events emitted by the reviews plugin; payload is always `{ id }`. */
export const ReviewEvents = {
  CREATED: "review.review.created",
  APPROVED: "review.review.approved",
  REJECTED: "review.review.rejected",
  UPDATED: "review.review.updated",
  DELETED: "review.review.deleted",
  /** Internal: a stored file was queued for deletion (payload: the queue row id). */
  FILE_DELETION_QUEUED: "review.file_deletion.queued",
} as const
