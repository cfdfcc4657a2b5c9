import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { enrollSoftOptInWorkflow } from "../workflows/subscriptions/enroll-soft-opt-in"

/** Soft opt-in (off by default): a registered customer who ordered is enrolled under its own legal basis. */
export default async function orderPlacedSoftOptIn({ event, container }: SubscriberArgs<{ id: string }>) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  if (!newsletter.getOptions().softOptIn.enabled) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "customer.has_account"],
    filters: { id: event.data.id },
  })
  const order = data[0]
  if (!order?.email || !order.customer_id || !order.customer?.has_account) return
  await enrollSoftOptInWorkflow(container).run({
    input: { email: order.email, customer_id: order.customer_id, source: "order.placed" },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
