import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { parseInput } from "../../../utils/http"
import { subscriptionFilters } from "./helpers"
import { AdminListSubscriptions } from "./validators"

/** Subscribers, filtered by status and searched by address. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const input = parseInput(AdminListSubscriptions, req.query)
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [rows, count] = await newsletter.listAndCountSubscriptions(subscriptionFilters(newsletter, input) as any, {
    skip: input.offset,
    take: input.limit,
    order: { created_at: "DESC" },
  })
  res.json({ newsletter_subscriptions: rows, count, offset: input.offset, limit: input.limit })
}
