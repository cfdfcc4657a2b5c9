import type NewsletterModuleService from "../../../modules/newsletter/service"

/** Filters of the admin list and the CSV export. */
export type SubscriptionFilterInput = {
  status?: string
  q?: string
  source?: string
  customer_id?: string
  created_from?: Date
  created_to?: Date
}

export function subscriptionFilters(newsletter: NewsletterModuleService, input: SubscriptionFilterInput) {
  const filters: Record<string, unknown> = {}
  if (input.status) filters.status = input.status
  if (input.source) filters.source = input.source
  if (input.customer_id) filters.customer_id = input.customer_id
  if (input.created_from || input.created_to) {
    filters.created_at = {
      ...(input.created_from ? { $gte: input.created_from } : {}),
      ...(input.created_to ? { $lte: input.created_to } : {}),
    }
  }
  if (input.q) {
    const q = input.q.trim().toLowerCase()
    // An exact address also finds erased rows through their hash.
    filters.$or = [{ email: { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` } }, { email_hash: newsletter.hashEmail(q) }, { id: q }]
  }
  return filters
}
