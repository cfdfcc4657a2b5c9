import { seg, Transport } from "../client"
import {
  AddReviewPhotoBody,
  AddReviewPhotoResponse,
  DeletedReviewPhotoResponse,
  DeletedReviewResponse,
  EditReviewBody,
  ListOwnReviewsQuery,
  ListOwnReviewsResponse,
  ListReviewsQuery,
  ListReviewsResponse,
  OwnReviewResponse,
  ReviewCheckTextResponse,
  ReviewLocaleQuery,
  ReviewPolicyResponse,
  ReviewSummaryResponse,
  ReviewVoteResponse,
  SetReviewIdentityBody,
  SubmitReviewBody,
} from "../schemas/reviews"

/** Product reviews (`@softshop/medusa-reviews`): summary, list, own reviews, votes, photos, policy texts. */
export function reviews(t: Transport) {
  return {
    /** `GET /store/reviews?product_id=`: a product's published reviews (page, sort, filters); 404 for a product not sold in the key's channel. */
    list: (query: ListReviewsQuery) => t.request("GET /store/reviews", "/store/reviews", ListReviewsResponse, { query }),
    /** `GET /store/reviews/summary?product_id=`: average, count and per-star histogram. */
    summary: (productId: string) =>
      t.request("GET /store/reviews/summary", "/store/reviews/summary", ReviewSummaryResponse, { query: { product_id: productId } }),
    /** `GET /store/reviews/policy`: the moderation policy (every refusal reason) in force. */
    policy: (query: ReviewLocaleQuery = {}) => t.request("GET /store/reviews/policy", "/store/reviews/policy", ReviewPolicyResponse, { query }),
    /** `GET /store/reviews/check-text`: "how we check reviews" (EU Omnibus). */
    checkText: (query: ReviewLocaleQuery = {}) => t.request("GET /store/reviews/check-text", "/store/reviews/check-text", ReviewCheckTextResponse, { query }),
    /** `GET /store/reviews/me` (customer): own reviews in every state, with the refusal reason. */
    mine: (query: ListOwnReviewsQuery = {}) => t.request("GET /store/reviews/me", "/store/reviews/me", ListOwnReviewsResponse, { query }),
    /** `POST /store/reviews` (customer): submits (201) or replaces (200) the customer's review of a product; pending until moderated. */
    submit: (body: SubmitReviewBody) => t.request("POST /store/reviews", "/store/reviews", OwnReviewResponse, { method: "POST", body }),
    /** `POST /store/reviews/:id` (customer): edits an own review; it returns to moderation. */
    edit: (id: string, body: EditReviewBody) => t.request("POST /store/reviews/:id", `/store/reviews/${seg(id)}`, OwnReviewResponse, { method: "POST", body }),
    /** `DELETE /store/reviews/:id` (customer): deletes an own review with its photos and votes. */
    delete: (id: string) => t.request("DELETE /store/reviews/:id", `/store/reviews/${seg(id)}`, DeletedReviewResponse, { method: "DELETE" }),
    /** `POST /store/reviews/:id/identity` (customer): full name, first name + initial, pseudonym or anonymous. */
    setIdentity: (id: string, body: SetReviewIdentityBody) =>
      t.request("POST /store/reviews/:id/identity", `/store/reviews/${seg(id)}/identity`, OwnReviewResponse, { method: "POST", body }),
    /** `POST /store/reviews/:id/vote` (customer): toggles "helpful" on someone else's published review. */
    vote: (id: string) => t.request("POST /store/reviews/:id/vote", `/store/reviews/${seg(id)}/vote`, ReviewVoteResponse, { method: "POST", body: {} }),
    /** `POST /store/reviews/:id/photos` (customer): a JPEG/PNG/WebP as base64, stored without metadata. */
    addPhoto: (id: string, body: AddReviewPhotoBody) =>
      t.request("POST /store/reviews/:id/photos", `/store/reviews/${seg(id)}/photos`, AddReviewPhotoResponse, { method: "POST", body }),
    /** `DELETE /store/reviews/:id/photos/:photo_id` (customer). */
    removePhoto: (id: string, photoId: string) =>
      t.request("DELETE /store/reviews/:id/photos/:photo_id", `/store/reviews/${seg(id)}/photos/${seg(photoId)}`, DeletedReviewPhotoResponse, {
        method: "DELETE",
      }),
  }
}
