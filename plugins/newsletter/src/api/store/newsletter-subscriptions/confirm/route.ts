import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { requestMeta } from "../../../../utils/http"
import { confirmSubscriptionWorkflow } from "../../../../workflows/subscriptions/confirm-subscription"
import { StoreConfirmSubscriptionType } from "../validators"

/**
 * Confirms a subscription from the storefront's confirm page (JSON twin of `POST /newsletter/confirm`).
 * Every well-formed token answers 200 with its outcome, so the page can say what happened.
 */
export const POST = async (req: MedusaRequest<StoreConfirmSubscriptionType>, res: MedusaResponse) => {
  const { result } = await confirmSubscriptionWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, ...requestMeta(req), source: "confirm-link" },
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({ outcome: result.outcome, locale: req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).pageLocale(result.locale) })
}
