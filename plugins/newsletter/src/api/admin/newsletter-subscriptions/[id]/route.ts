import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { requestMeta } from "../../../../utils/http"
import { updateSubscriptionStatusWorkflow } from "../../../../workflows/subscriptions/update-subscription-status"
import { AdminUpdateSubscriptionType } from "../validators"

/** One subscriber with the full consent history. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [sub] = await newsletter.listSubscriptions({ id: req.params.id })
  if (!sub) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Newsletter subscription ${req.params.id} was not found`)
  const events = await newsletter.listConsentEvents({ subscription_id: sub.id }, { order: { occurred_at: "ASC" } })
  res.json({ newsletter_subscription: { ...sub, consent_events: events } })
}

/** Admin change: unsubscribe or suppress (bounce, complaint); recorded in the ledger. */
export const POST = async (req: MedusaRequest<AdminUpdateSubscriptionType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  const { result: sub } = await updateSubscriptionStatusWorkflow(req.scope).run({
    input: {
      subscription_id: req.params.id,
      status: body.status,
      ...requestMeta(req),
      source: `admin:${actor ?? "unknown"}`,
      note: body.note,
    },
  })
  res.json({ newsletter_subscription: sub })
}
