import { MedusaService } from "@medusajs/framework/utils"
import Campaign from "./models/campaign"
import CampaignDelivery from "./models/campaign-delivery"
import ConsentEvent from "./models/consent-event"
import ConsentText from "./models/consent-text"
import Subscription from "./models/subscription"
import Suppression from "./models/suppression"
import Token from "./models/token"

/**
 * The generated data layer of the module (list/create/update/delete per model).
 * Its own file so the module's parts can take it as a dependency without
 * importing the service that is built from them (no import cycle).
 */
export const NewsletterData = MedusaService({
  Subscription,
  ConsentEvent,
  ConsentText,
  Token,
  Campaign,
  CampaignDelivery,
  Suppression,
})

export type NewsletterDataService = InstanceType<typeof NewsletterData>
