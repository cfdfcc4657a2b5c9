/** Events of the newsletter plugin; payload `{ id }` only. */
export const NewsletterEvents = {
  SUBSCRIPTION_REQUESTED: "newsletter.subscription.requested",
  SUBSCRIPTION_CONFIRMED: "newsletter.subscription.confirmed",
  SUBSCRIPTION_UNSUBSCRIBED: "newsletter.subscription.unsubscribed",
  CAMPAIGN_SENDING_STARTED: "newsletter.campaign.sending_started",
} as const
