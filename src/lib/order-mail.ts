import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type OrderLine = { product_title: string; variant_title?: string | null; quantity: number; total: number }

const money = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-IE" : "nl-NL", { style: "currency", currency }).format(amount)

/**
 * Promise P2: mails the customer about their order's progress with one of the
 * provider's order templates (`order.placed`, `order.shipped`), in the order's
 * locale (metadata.locale, default Dutch). One mail per order and `key`.
 */
export async function sendOrderMail(
  container: MedusaContainer,
  { orderId, template, key, extra = {} }: { orderId: string; template: string; key: string; extra?: Record<string, unknown> }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "currency_code",
      "total",
      "metadata",
      "customer_id",
      "shipping_address.first_name",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.total",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order?.email) return
  const locale = (order.metadata?.locale as string) ?? "nl"
  const currency = order.currency_code.toUpperCase()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template,
    trigger_type: template,
    resource_id: order.id,
    resource_type: "order",
    receiver_id: order.customer_id ?? undefined,
    idempotency_key: `${template}:${key}`,
    data: {
      locale,
      display_id: order.display_id,
      first_name: order.shipping_address?.first_name ?? "",
      total: money(Number(order.total), currency, locale),
      items: ((order.items ?? []) as OrderLine[]).map((i) => ({
        title: i.variant_title ? `${i.product_title} (${i.variant_title})` : i.product_title,
        quantity: i.quantity,
        total: money(Number(i.total ?? 0), currency, locale),
      })),
      ...extra,
    },
  })
}
