import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { repairOf } from "../modules/repair/resolve"
import { RepairRow } from "../modules/repair/types"
import { labels } from "./labels"
import { trackingUrl } from "./tracking"

export type RepairTemplate = "repairs.status-changed" | "repairs.backup-deleted" | "repairs.request-recorded"

/**
 * Mails the repair's customer in the repair's language, with a fresh tracking link.
 * The idempotency key names the business fact, so a rerun never mails twice.
 * Failures are logged by id, never by address.
 */
export async function mailRepairCustomer(
  container: MedusaContainer,
  repair: RepairRow,
  template: RepairTemplate,
  key: string,
  data: Record<string, unknown> = {}
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name"],
      filters: { id: repair.customer_id },
    })
    const customer = customers[0]
    if (!customer?.email) return
    const service = repairOf(container)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customer.email,
      channel: "email",
      template,
      data: {
        locale: repair.locale ?? service.getOptions().locale,
        first_name: customer.first_name ?? "",
        repair_id: repair.id,
        device: `${repair.device_brand} ${repair.device_model}`,
        tracking_url: trackingUrl(service, repair.id),
        status_label: typeof data.status === "string" ? (labels(repair.locale).status as Record<string, string>)[data.status] : undefined,
        ...data,
      },
      idempotency_key: `${template}:${key}`,
    })
  } catch (e) {
    logger.warn(`repairs: mail ${template} for ${key} failed (${(e as Error).name})`)
  }
}
