import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { listPage } from "../../../utils/http"
import { SubscriptionFilterInput, subscriptionFilters } from "./helpers"

/** Subscribers, filtered by status, source, customer and sign-up date, and searched by address. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const input = req.validatedQuery as SubscriptionFilterInput
  const { skip, take, order, select } = listPage(req, { created_at: "DESC" })
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [rows, count] = await newsletter.listAndCountSubscriptions(subscriptionFilters(newsletter, input) as any, {
    skip,
    take,
    order,
    select,
  })
  res.json({ newsletter_subscriptions: rows, count, offset: skip, limit: take })
}
