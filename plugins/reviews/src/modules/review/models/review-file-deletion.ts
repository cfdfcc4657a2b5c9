import { model } from "@medusajs/framework/utils"

/**
 * A stored file that must leave storage (rejection, deletion, erasure). The
 * module cannot reach the File Module itself, so it queues the file here in the
 * same transaction; a workflow step, a subscriber and a sweeping job delete it.
 */
const ReviewFileDeletion = model.define("review_file_deletion", {
  id: model.id({ prefix: "revfd" }).primaryKey(),
  file_id: model.text(),
})

export default ReviewFileDeletion
