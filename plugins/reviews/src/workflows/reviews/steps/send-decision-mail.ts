import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"
import { reasonOf } from "../../../modules/review/rules"
import { ReviewRow } from "../../../modules/review/types"
import { mailCustomer } from "./mail-customer"

/**
 * Mails the reviewer a moderator's decision, with the reason's text from the
 * policy version the decision cites, in the review's language. Mails cannot be
 * unsent, so this step comes last; the idempotency key is the audit entry.
 */
export const sendDecisionMailStep = createStep("reviews-send-decision-mail", async (input: { review: ReviewRow; audit_id: string }, { container }) => {
  const { review } = input
  if (!review.customer_id) return new StepResponse(undefined)
  const reviews = reviewsOf(container)
  const locale = review.locale ?? reviews.getOptions().locale
  const policy = review.decision_policy_version ? await reviews.getPolicyVersion(review.decision_policy_version) : null
  const reason = policy && review.decision_reason_code ? reasonOf(policy.content, review.decision_reason_code) : null
  const template = review.status === "approved" ? "reviews.approved" : review.status === "rejected" ? "reviews.rejected" : "reviews.unpublished"
  const [product] = await reviews.listReviews({ id: review.id }, { select: ["product_id"] })
  await mailCustomer(container, review.customer_id, template, input.audit_id, {
    locale,
    review_id: review.id,
    product_title: await productTitle(container, product?.product_id as string),
    rating: review.rating,
    title: review.title ?? "",
    reason_code: review.decision_reason_code ?? "",
    reason_label: reason ? reason.label[locale] : "",
    reason_description: reason?.description ? reason.description[locale] : "",
    policy_version: review.decision_policy_version ?? "",
    note: review.decision_note ?? "",
    can_resubmit: review.status === "rejected" && review.rejection_count < 2,
  })
  return new StepResponse(undefined)
})

async function productTitle(container: { resolve: (k: string) => any }, productId: string) {
  if (!productId) return ""
  const { data } = await container.resolve("query").graph({ entity: "product", fields: ["title"], filters: { id: productId } })
  return (data[0]?.title as string) ?? ""
}
