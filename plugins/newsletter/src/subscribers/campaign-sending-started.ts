import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NewsletterEvents } from "../events"
import { runCampaign } from "../utils/campaign-sender"

/** Sends a campaign in the worker; the resume job picks up whatever a crash leaves behind. */
export default async function campaignSendingStarted({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await runCampaign(container, event.data.id)
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Newsletter campaign ${event.data.id} stopped; the resume job continues it: ${(e as Error).message.split("\n")[0]}`)
  }
}

export const config: SubscriberConfig = { event: NewsletterEvents.CAMPAIGN_SENDING_STARTED }
