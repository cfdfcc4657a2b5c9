import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { addMonths } from "./clock"

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
 * Pages through every customer (keyset on id, bounded batches) and yields those whose
 * personal-data clock ends before `horizon`. Admin users live in another module and are never read.
 */
export async function* scanRetentionCandidates(
  container: MedusaContainer,
  horizon: Date,
  pageSize = 500
): AsyncGenerator<RetentionCandidate[]> {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const options = privacy.getOptions()
  const customerModule = container.resolve(Modules.CUSTOMER)
  const orderModule = container.resolve(Modules.ORDER)
  const businessGroups = new Set(options.businessCustomerGroupIds)
  let cursor = ""
  for (;;) {
    const customers = await customerModule.listCustomers((cursor ? { id: { $gt: cursor } } : {}) as any, {
      select: ["id", "email", "company_name", "created_at"],
      relations: businessGroups.size ? ["groups"] : [],
      order: { id: "ASC" },
      take: pageSize,
    })
    if (!customers.length) return
    cursor = customers[customers.length - 1].id
    const ids = customers.map((c) => c.id)
    const orders = await orderModule.listOrders({ customer_id: ids }, { select: ["customer_id", "created_at"] })
    const lastOrder = new Map<string, Date>()
    for (const o of orders) {
      const at = new Date(o.created_at as any)
      const prev = lastOrder.get(o.customer_id!)
      if (!prev || prev < at) lastOrder.set(o.customer_id!, at)
    }
    const clocks = new Map((await privacy.listSubjectClocks({ customer_id: ids })).map((c) => [c.customer_id, c]))
    const batch: RetentionCandidate[] = []
    for (const c of customers) {
      const business = !!c.company_name || ((c as any).groups ?? []).some((g: any) => businessGroups.has(g.id))
      const clock = clocks.get(c.id)
      const ordered = lastOrder.get(c.id)
      const activity = [new Date(c.created_at as any), ordered, clock && new Date(clock.last_activity_at)]
        .filter((d): d is Date => !!d)
        .reduce((a, b) => (a > b ? a : b))
      const dueAt = addMonths(activity, business ? options.businessRetentionMonths : options.consumerRetentionMonths)
      if (dueAt > horizon) continue
      batch.push({
        customer_id: c.id,
        email: c.email ?? null,
        rule: business ? "business_inactive" : ordered ? "consumer_after_last_order" : "consumer_no_orders",
        due_at: dueAt,
        warned_at: clock?.warned_at ? new Date(clock.warned_at) : null,
        failed_at: clock?.failed_at ? new Date(clock.failed_at) : null,
      })
    }
    if (batch.length) yield batch
  }
}
