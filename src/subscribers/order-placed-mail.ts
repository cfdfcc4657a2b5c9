import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type OrderLine = { product_title: string; variant_title?: string | null; quantity: number; total: number }

const money = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-IE" : "nl-NL", { style: "currency", currency }).format(amount)

/** Promise P2: the customer is told the order arrived (template `order.placed`, nl/en). */
export default async function orderPlacedMail({ event, container }: SubscriberArgs<{ id: string }>) {
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
    filters: { id: event.data.id },
  })
  const order = data[0]
  if (!order?.email) return
  const locale = (order.metadata?.locale as string) ?? "nl"
  const currency = order.currency_code.toUpperCase()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order.placed",
    trigger_type: "order.placed",
    resource_id: order.id,
    resource_type: "order",
    receiver_id: order.customer_id ?? undefined,
    idempotency_key: `order.placed:${order.id}`,
    data: {
      locale,
      display_id: order.display_id,
      first_name: order.shipping_address?.first_name ?? "",
      total: money(Number(order.total), currency, locale),
      items: (order.items ?? []).map((i: OrderLine) => ({
        title: i.variant_title ? `${i.product_title} (${i.variant_title})` : i.product_title,
        quantity: i?.quantity,
        total: money(Number(i?.total ?? 0), currency, locale),
      })),
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "softshop-order-placed-mail" },
}
