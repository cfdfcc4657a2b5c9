import { defineMiddlewares } from "@medusajs/framework/http"
import { adminNewsletterCampaignMiddlewares } from "./admin/newsletter-campaigns/middlewares"
import { adminNewsletterConsentTextMiddlewares } from "./admin/newsletter-consent-texts/middlewares"
import { adminNewsletterSubscriptionMiddlewares } from "./admin/newsletter-subscriptions/middlewares"
import { storeNewsletterSubscriptionMiddlewares } from "./store/newsletter-subscriptions/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeNewsletterSubscriptionMiddlewares,
    ...adminNewsletterSubscriptionMiddlewares,
    ...adminNewsletterConsentTextMiddlewares,
    ...adminNewsletterCampaignMiddlewares,
  ],
})
