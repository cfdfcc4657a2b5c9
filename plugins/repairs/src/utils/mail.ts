import { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairOf } from "../modules/repair/resolve"
import { labels } from "./labels"
import { trackingUrl } from "./tracking"

export type RepairTemplate = "repairs.status-changed" | "repairs.backup-deleted" | "repairs.request-recorded"

/**
 * The mail to a repair's customer in the repair's language, with a fresh tracking link (a read: the
 * `repairs-send-notifications` step hands it to the notification module). The idempotency key names the
 * business fact, so a rerun never mails twice. Null when the customer has no e-mail address.
 */
export async function repairMail(
  container: Pick<MedusaContainer, "resolve">,
  repairId: string,
  template: RepairTemplate,
  key: string,
  data: Record<string, unknown> = {}
): Promise<CreateNotificationDTO | null> {
  const service = repairOf(container)
  const repair = await service.getRepair(repairId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: repair.customer_id },
  })
  const customer = customers[0]
  if (!customer?.email) return null
  return {
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
  }
}
