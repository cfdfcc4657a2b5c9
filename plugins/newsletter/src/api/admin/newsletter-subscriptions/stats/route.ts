import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { SUBSCRIPTION_STATUSES } from "../../../../modules/newsletter/models/subscription"

/** Subscriber counts per status and growth per day (confirmations, unsubscriptions) for the admin chart. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { days } = req.validatedQuery as { days: number }
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const since = new Date(newsletter.now().getTime() - (days - 1) * 86400_000)
  const stats = await newsletter.subscriptionStats(since)
  const counts = Object.fromEntries(SUBSCRIPTION_STATUSES.map((s) => [s, stats.counts[s] ?? 0]))
  res.json({ newsletter_stats: { counts, growth: stats.growth, days } })
}
