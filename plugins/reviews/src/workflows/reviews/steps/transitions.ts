import { EditInput, ModerateInput, StoredPhoto, SubmitInput } from "../../../modules/review/service"
import { IdentityChoice } from "../../../modules/review/types"
import { reviewTransitionStep } from "./transition"

/** Submits or replaces a review (locked); compensation reverts it. */
export const submitReviewStep = reviewTransitionStep("reviews-submit-review", (r, input: SubmitInput) => r.submitReview(input))
/** Edits an own review back into moderation (locked); compensation restores the snapshot. */
export const editReviewStep = reviewTransitionStep("reviews-edit-review", (r, input: EditInput) => r.editReview(input))
/** Changes the identity choice (locked); compensation restores it. */
export const setIdentityStep = reviewTransitionStep(
  "reviews-set-identity",
  (
    r,
    input: {
      review_id: string
      customer_id: string
      identity: IdentityChoice
      pseudonym?: string | null
    }
  ) => r.setIdentity(input)
)
/** Deletes a review with votes and photos (locked); compensation re-inserts them. */
export const deleteReviewStep = reviewTransitionStep("reviews-delete-review", (r, input: { review_id: string; customer_id?: string | null; actor: string }) =>
  r.deleteReview(input)
)
/** A moderator's decision (locked); compensation restores the undecided review. */
export const moderateReviewStep = reviewTransitionStep("reviews-moderate-review", (r, input: ModerateInput) => r.moderate(input))
/** Sets or removes the merchant reply (locked); compensation restores it. */
export const setReplyStep = reviewTransitionStep("reviews-set-reply", (r, input: { review_id: string; body: string | null; actor: string }) =>
  r.setReply(input)
)
/** Toggles a helpful vote (locked); compensation toggles it back. */
export const toggleVoteStep = reviewTransitionStep("reviews-toggle-vote", (r, input: { review_id: string; customer_id: string }) => r.toggleVote(input))
/** Attaches a stored photo (locked); compensation detaches it. */
export const addPhotoStep = reviewTransitionStep("reviews-add-photo", (r, input: { review_id: string; customer_id: string; photo: StoredPhoto }) =>
  r.addPhoto(input)
)
/** Removes a photo (locked); compensation re-attaches it. */
export const removePhotoStep = reviewTransitionStep("reviews-remove-photo", (r, input: { review_id: string; customer_id: string; photo_id: string }) =>
  r.removePhoto(input)
)
