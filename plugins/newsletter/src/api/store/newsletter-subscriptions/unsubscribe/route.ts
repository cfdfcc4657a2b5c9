import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { requestMeta } from "../../../../utils/http"
import { unsubscribeSubscriptionWorkflow } from "../../../../workflows/subscriptions/unsubscribe-subscription"
import { StoreUnsubscribeByTokenType } from "../validators"

/**
 * Unsubscribes from the storefront's unsubscribe page with the signed token of the link (no login).
 * Every well-formed token answers 200 with its outcome: unsubscribed, already_unsubscribed or invalid.
 */
export const POST = async (req: MedusaRequest<StoreUnsubscribeByTokenType>, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const sub = await newsletter.subscriptionForUnsubscribeToken(req.validatedBody.token)
  const locale = newsletter.pageLocale(sub?.locale)
  const outcome = sub
    ? (
        await unsubscribeSubscriptionWorkflow(req.scope).run({
          input: { subscription_id: sub.id, ...requestMeta(req), source: "unsubscribe-page", locale },
        })
      ).result
    : "invalid"
  res.setHeader("Cache-Control", "no-store")
  res.json({ outcome, locale })
}
