import { MedusaContainer } from "@medusajs/framework/types"
import { reviewsOf } from "../modules/review/resolve"
import { claimDueReviewRequestsWorkflow } from "../workflows/reviews/claim-due-requests"
import { sendReviewRequestWorkflow } from "../workflows/reviews/send-review-request"

/**
 * Sends due review request mails in bounded batches. Each batch is claimed first (sent_at set, SKIP LOCKED: the
 * workflow `reviews-claim-due-requests`), so two workers never send one twice; each claimed request is then
 * mailed by `reviews-send-review-request`, which releases it for the next run when the mail cannot be handed
 * over. Opted-out customers are skipped and marked by the claim.
 */
export async function sendDueReviewRequests(container: MedusaContainer, batches = 10) {
  if (!reviewsOf(container).getOptions().requestMail.enabled) return 0
  let sent = 0
  for (let b = 0; b < batches; b++) {
    const { result: due } = await claimDueReviewRequestsWorkflow(container).run({ input: { limit: 50 } })
    if (!due.length) break
    for (const r of due) {
      const { result } = await sendReviewRequestWorkflow(container).run({ input: r })
      if (result) sent++
    }
  }
  return sent
}
