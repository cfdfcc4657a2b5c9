import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { parseInput } from "../../../../utils/http"
import { subscriptionFilters } from "../helpers"
import { AdminListSubscriptions } from "../validators"

const COLUMNS = ["id", "email", "status", "legal_basis", "locale", "source", "customer_id", "created_at", "confirmed_at", "unsubscribed_at"] as const
const PAGE = 1000

/** CSV cells: quoted, and formula prefixes neutralised for spreadsheet programs. */
function cell(value: unknown) {
  let s = value instanceof Date ? value.toISOString() : value == null ? "" : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

/** CSV of the (filtered) subscribers, streamed page by page. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const input = parseInput(AdminListSubscriptions.omit({ offset: true, limit: true }), req.query)
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="newsletter-subscribers.csv"')
  res.write(COLUMNS.join(",") + "\n")
  for (let skip = 0; ; skip += PAGE) {
    const rows = await newsletter.listSubscriptions(subscriptionFilters(newsletter, input) as any, {
      skip,
      take: PAGE,
      order: { id: "ASC" },
    })
    for (const r of rows) res.write(COLUMNS.map((c) => cell((r as Record<string, unknown>)[c])).join(",") + "\n")
    if (rows.length < PAGE) break
  }
  res.end()
}
