import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { reviewsOf } from "../../modules/review/resolve"
import { processPhoto } from "../../utils/photo"
import { loadOwnReviewStep } from "./steps/load-own-review"
import { addPhotoStep } from "./steps/transitions"

export type AddPhotoInput = {
  review_id: string
  customer_id: string
  content_base64: string
}

/** Checks and re-encodes the photo (metadata stripped), then stores it through the File Module; compensation deletes the file. */
export const storePhotoStep = createStep(
  "reviews-store-photo",
  async (input: AddPhotoInput, { container }) => {
    const photo = await processPhoto(Buffer.from(input.content_base64, "base64"), reviewsOf(container).getOptions())
    const [file] = await container.resolve(Modules.FILE).createFiles([
      {
        filename: `review-${input.review_id}.jpg`,
        mimeType: photo.mime_type,
        content: photo.buffer.toString("base64"),
        access: "public",
      },
    ])
    const stored = {
      file_id: file.id,
      url: file.url,
      mime_type: photo.mime_type,
      size_bytes: photo.size_bytes,
      width: photo.width,
      height: photo.height,
    }
    return new StepResponse(stored, file.id)
  },
  async (fileId, { container }) => {
    if (fileId) await container.resolve(Modules.FILE).deleteFiles(fileId)
  }
)

/** Adds a photo to the customer's own review; the review goes back to moderation with it. */
export const addReviewPhotoWorkflow = createWorkflow("reviews-add-photo", (input: AddPhotoInput) => {
  loadOwnReviewStep(
    transform({ input }, ({ input }) => ({
      review_id: input.review_id,
      customer_id: input.customer_id,
    }))
  )
  const photo = storePhotoStep(input)
  const result = addPhotoStep(
    transform({ input, photo }, ({ input, photo }) => ({
      review_id: input.review_id,
      customer_id: input.customer_id,
      photo,
    }))
  )
  emitEventStep({
    eventName: ReviewEvents.UPDATED,
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      review: result.after!,
      photo_id: result.added_photo_ids[0],
    }))
  )
})
