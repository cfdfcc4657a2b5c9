import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { sendConfirmationMail } from "../utils/mails"

/**
 * A customer's address changed: the old address's opt-in ends (kept in the
 * ledger) and the new address gets a double opt-in mail. It is never carried over.
 */
export default async function customerEmailChanged({
  event,
  container,
}: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d.id)
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids })
  for (const customer of customers) {
    if (!customer.email) continue
    const reconfirm = await newsletter.endForEmailChange(customer.id, customer.email)
    if (!reconfirm) continue
    const result = await newsletter.requestSubscription({
      email: customer.email,
      customer_id: customer.id,
      locale: reconfirm.locale,
      consent_text_id: reconfirm.consent_text_id,
      source: "customer.email_changed",
    })
    await sendConfirmationMail(container, result)
  }
}

export const config: SubscriberConfig = { event: "customer.updated" }
