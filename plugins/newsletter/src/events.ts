/** Events of the newsletter plugin; payload `{ id }` only. */
export const NewsletterEvents = {
  CAMPAIGN_SENDING_STARTED: "newsletter.campaign.sending_started",
} as const
