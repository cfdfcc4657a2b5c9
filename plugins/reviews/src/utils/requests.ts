import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewsOf } from "../modules/review/resolve"
import { mailCustomer } from "./mail"
import { signToken } from "./tokens"

/**
 * Sends due review request mails in bounded batches. Each request is claimed
 * (sent_at set, SKIP LOCKED) before its mail, so two workers never send one
 * twice; a mail that cannot be handed over is released for the next run.
 * Opted-out customers are skipped and marked.
 */
export async function sendDueReviewRequests(container: MedusaContainer, batches = 10) {
  const reviews = reviewsOf(container)
  const o = reviews.getOptions()
  if (!o.requestMail.enabled) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let sent = 0
  for (let b = 0; b < batches; b++) {
    const due = await reviews.claimDueRequests(50)
    if (!due.length) break
    for (const r of due) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", "items.product_title"],
        filters: { id: r.order_id },
      })
      const order = data[0] as any
      const expires = new Date(reviews.now().getTime() + 60 * 86400_000)
      const ok = await mailCustomer(container, r.customer_id, "reviews.request", r.id, {
        locale: o.locale,
        order_display_id: order?.display_id ?? "",
        products: [...new Set(((order?.items ?? []) as any[]).map((i) => i?.product_title).filter(Boolean))].join(", "),
        review_url: `${o.publicUrl}/reviews/request?token=${signToken(o.secret, "review-request", `${r.order_id}:${r.customer_id}`, expires)}`,
        opt_out_url: `${o.publicUrl}/reviews/opt-out?token=${signToken(o.secret, "review-opt-out", r.customer_id, new Date(reviews.now().getTime() + 365 * 86400_000))}`,
      })
      if (ok) sent++
      else await reviews.releaseRequest(r.id)
    }
  }
  return sent
}
