import { MedusaContainer } from "@medusajs/framework/types"
import PrivacyModuleService from "../modules/privacy/service"
import { addMonths } from "./clock"
import { customerActivityPage } from "./core-sql"

export type RetentionRule = "consumer_after_last_order" | "consumer_no_orders" | "business_inactive"

export type RetentionCandidate = {
  customer_id: string
  email: string | null
  rule: RetentionRule
  due_at: Date
  warned_at: Date | null
  failed_at: Date | null
}

/**
 * Pages through every customer (keyset on id, bounded batches, one query per page) and yields those whose
 * personal-data clock ends before `horizon`. Admin users live in another module and are never read.
 */
export async function* scanRetentionCandidates(
  container: MedusaContainer,
  horizon: Date,
  pageSize = 500
): AsyncGenerator<RetentionCandidate[]> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const options = privacy.getOptions()
  let cursor = ""
  for (;;) {
    const page = await customerActivityPage(container, cursor, pageSize, options.businessCustomerGroupIds)
    if (!page.length) return
    cursor = page[page.length - 1].id
    const batch: RetentionCandidate[] = []
    for (const c of page) {
      const business = !!c.company_name || c.in_business_group
      const activity = [c.created_at, c.last_order_at, c.last_activity_at]
        .filter((d): d is Date => !!d)
        .map((d) => new Date(d))
        .reduce((a, b) => (a > b ? a : b))
      const dueAt = addMonths(activity, business ? options.businessRetentionMonths : options.consumerRetentionMonths)
      if (dueAt > horizon) continue
      batch.push({
        customer_id: c.id,
        email: c.email ?? null,
        rule: business ? "business_inactive" : c.last_order_at ? "consumer_after_last_order" : "consumer_no_orders",
        due_at: dueAt,
        warned_at: c.warned_at ? new Date(c.warned_at) : null,
        failed_at: c.failed_at ? new Date(c.failed_at) : null,
      })
    }
    if (batch.length) yield batch
  }
}
