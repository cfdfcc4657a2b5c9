import { MedusaContainer } from "@medusajs/framework/types"
import { purgeUnconfirmedSubscriptionsWorkflow } from "../workflows/subscriptions/purge-unconfirmed-subscriptions"

const BATCH = 500

/** Deletes never-confirmed subscriptions after `purgeUnconfirmedAfterDays`, one workflow per bounded batch. */
export default async function newsletterPurgeUnconfirmed(container: MedusaContainer) {
  for (let i = 0; i < 100; i++) {
    const { result } = await purgeUnconfirmedSubscriptionsWorkflow(container).run({ input: { limit: BATCH } })
    if (result < BATCH) break
  }
}

export const config = { name: "newsletter-purge-unconfirmed", schedule: "17 3 * * *" }
