import type NewsletterModuleService from "../../../modules/newsletter/service"

/** Filters of the admin list and the CSV export. */
export function subscriptionFilters(newsletter: NewsletterModuleService, input: { status?: string; q?: string }) {
  const filters: Record<string, unknown> = {}
  if (input.status) filters.status = input.status
  if (input.q) {
    const q = input.q.trim().toLowerCase()
    // An exact address also finds erased rows through their hash.
    filters.$or = [
      { email: { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` } },
      { email_hash: newsletter.hashEmail(q) },
      { id: q },
    ]
  }
  return filters
}
