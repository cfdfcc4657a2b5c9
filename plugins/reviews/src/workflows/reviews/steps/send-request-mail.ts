import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"
import { signToken } from "../../../utils/tokens"
import { mailCustomer } from "./mail-customer"

const DAY = 86400_000

export type ClaimedRequest = { id: string; order_id: string; customer_id: string }

/**
 * Mails one claimed review request: the order's products, a signed "write a review" link (60 days) and a signed
 * opt-out link (a year). False when the mail could not be handed over. Mails cannot be unsent: no compensation.
 */
export const sendRequestMailStep = createStep("reviews-send-request-mail", async (r: ClaimedRequest, { container }) => {
  const reviews = reviewsOf(container)
  const o = reviews.getOptions()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "items.product_title"],
    filters: { id: r.order_id },
  })
  const order = data[0] as any
  const now = reviews.now().getTime()
  const sent = await mailCustomer(container, r.customer_id, "reviews.request", r.id, {
    locale: o.locale,
    order_display_id: order?.display_id ?? "",
    products: [...new Set(((order?.items ?? []) as any[]).map((i) => i?.product_title).filter(Boolean))].join(", "),
    review_url: `${o.publicUrl}/reviews/request?token=${signToken(o.secret, "review-request", `${r.order_id}:${r.customer_id}`, new Date(now + 60 * DAY))}`,
    opt_out_url: `${o.publicUrl}/reviews/opt-out?token=${signToken(o.secret, "review-opt-out", r.customer_id, new Date(now + 365 * DAY))}`,
  })
  return new StepResponse(sent)
})
