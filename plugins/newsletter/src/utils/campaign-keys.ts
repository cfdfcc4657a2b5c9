/** The idempotency key of one campaign mail: the business fact "campaign X to subscription Y". */
export function deliveryKey(campaignId: string, subscriptionId: string) {
  return `newsletter.campaign:${campaignId}:${subscriptionId}`
}

/**
 * The key of one attempt: the delivery key for the first claim, its own key for a later claim (the row's worker
 * died). Medusa's notification module never sends a key twice, so a retry of a mail that was in flight at the
 * crash (its record still `pending`) needs a key of its own.
 */
export function attemptKey(campaignId: string, subscriptionId: string, attempt: number) {
  const key = deliveryKey(campaignId, subscriptionId)
  return attempt > 1 ? `${key}:attempt-${attempt}` : key
}
