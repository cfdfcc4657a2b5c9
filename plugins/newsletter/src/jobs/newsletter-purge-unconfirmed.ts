import { MedusaContainer } from "@medusajs/framework/types"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"

/** Deletes never-confirmed subscriptions after `purgeUnconfirmedAfterDays`, in bounded batches. */
export default async function newsletterPurgeUnconfirmed(container: MedusaContainer) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  for (let i = 0; i < 100; i++) {
    if ((await newsletter.purgeUnconfirmed(500)) < 500) break
  }
}

export const config = { name: "newsletter-purge-unconfirmed", schedule: "17 3 * * *" }
