import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { previewRetention } from "../../../../../utils/retention"

/**
 * What retention will do in the next N days (default 30): counts per rule, and one page (`offset`, `limit`)
 * of the subjects it reaches, soonest first, each with the customer's name and e-mail for the admin.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days, offset, limit } = req.validatedQuery as { days: number; offset: number; limit: number }
  const preview = await previewRetention(req.scope, days, 1000)
  const sorted = [...preview.subjects].sort((a, b) => a.due_at.localeCompare(b.due_at) || a.customer_id.localeCompare(b.customer_id))
  const page = sorted.slice(offset, offset + limit)
  const customers = page.length
    ? await req.scope
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: page.map((s) => s.customer_id) }, { select: ["id", "email", "first_name", "last_name", "company_name"], withDeleted: true })
    : []
  const byId = new Map(customers.map((c) => [c.id, c]))
  res.json({
    preview: {
      ...preview,
      subjects: page.map((s) => {
        const c = byId.get(s.customer_id)
        return { ...s, customer: c ? { id: c.id, email: c.email, first_name: c.first_name, last_name: c.last_name, company_name: c.company_name } : null }
      }),
      subjects_count: sorted.length,
      offset,
      limit,
    },
  })
}
