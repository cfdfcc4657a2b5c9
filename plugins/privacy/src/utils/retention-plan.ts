import { MedusaContainer } from "@medusajs/framework/types"
import PrivacyModuleService from "../modules/privacy/service"
import { addMonths } from "./clock"
import { customerActivityOf, customerActivityPage, CustomerActivityRow } from "../providers/medusa-core/sql"

export type RetentionRule = "consumer_after_last_order" | "consumer_no_orders" | "business_inactive"

export type RetentionCandidate = {
  customer_id: string
  email: string | null
  rule: RetentionRule
  due_at: Date
  warned_at: Date | null
  failed_at: Date | null
}

type ClockOptions = { businessRetentionMonths: number; consumerRetentionMonths: number }

/** The retention rule of one customer and the end of its clock (latest of registration, last order, last activity). */
export function candidateOf(c: CustomerActivityRow, options: ClockOptions): RetentionCandidate {
  const business = !!c.company_name || c.in_business_group
  const activity = [c.created_at, c.last_order_at, c.last_activity_at]
    .filter((d): d is Date => !!d)
    .map((d) => new Date(d))
    .reduce((a, b) => (a > b ? a : b))
  return {
    customer_id: c.id,
    email: c.email ?? null,
    rule: business ? "business_inactive" : c.last_order_at ? "consumer_after_last_order" : "consumer_no_orders",
    due_at: addMonths(activity, business ? options.businessRetentionMonths : options.consumerRetentionMonths),
    warned_at: c.warned_at ? new Date(c.warned_at) : null,
    failed_at: c.failed_at ? new Date(c.failed_at) : null,
  }
}

/**
 * Pages through every customer (keyset on id, bounded batches, one query per page) and yields those whose
 * personal-data clock ends before `horizon`. Admin users live in another module and are never read.
 */
export async function* scanRetentionCandidates(container: MedusaContainer, horizon: Date, pageSize = 500): AsyncGenerator<RetentionCandidate[]> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const options = privacy.getOptions()
  let cursor = ""
  for (;;) {
    const page = await customerActivityPage(container, cursor, pageSize, options.businessCustomerGroupIds)
    if (!page.length) return
    cursor = page[page.length - 1].id
    const batch: RetentionCandidate[] = []
    for (const c of page) {
      const candidate = candidateOf(c, options)
      if (candidate.due_at <= horizon) batch.push(candidate)
    }
    if (batch.length) yield batch
  }
}

/** One customer's retention candidate (whatever its due date), or null when the customer does not exist. */
export async function retentionCandidateOf(container: MedusaContainer, customerId: string): Promise<RetentionCandidate | null> {
  const options = container.resolve<PrivacyModuleService>("privacy").getOptions()
  const row = await customerActivityOf(container, customerId, options.businessCustomerGroupIds)
  return row ? candidateOf(row, options) : null
}
