import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { requestMeta } from "../../../../utils/http"
import { requestSubscriptionWorkflow } from "../../../../workflows/subscriptions/request-subscription"
import { unsubscribeSubscriptionWorkflow } from "../../../../workflows/subscriptions/unsubscribe-subscription"
import { StoreUpdateMySubscriptionType } from "../validators"

async function mySubscription(req: AuthenticatedMedusaRequest) {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  const [sub] = customer.email
    ? await newsletter.listSubscriptions({
        email_hash: newsletter.hashEmail(customer.email),
        status: ["pending", "subscribed", "unsubscribed", "suppressed"],
      })
    : []
  return { customer, sub }
}

function serialize(sub: { id: string; status: string; legal_basis: string; locale: string; confirmed_at: Date | null } | undefined) {
  return sub
    ? {
        id: sub.id,
        status: sub.status,
        legal_basis: sub.legal_basis,
        locale: sub.locale,
        confirmed_at: sub.confirmed_at,
      }
    : null
}

/** The signed-in customer's subscription (of their current address). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { sub } = await mySubscription(req)
  res.json({ newsletter_subscription: serialize(sub) })
}

/** Subscribe (double opt-in to the account's address) or unsubscribe from the account. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateMySubscriptionType>, res: MedusaResponse) => {
  const { customer, sub } = await mySubscription(req)
  const body = req.validatedBody
  if (body.subscribed) {
    const { result } = await requestSubscriptionWorkflow(req.scope).run({
      input: {
        email: customer.email,
        customer_id: customer.id,
        locale: body.locale ?? sub?.locale,
        consent_text_id: body.consent_text_id,
        source: "account",
        ...requestMeta(req),
      },
    })
    if (result.outcome === "rate_limited") {
      res.setHeader("Retry-After", String(result.retry_after))
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many subscribe requests; retry after ${result.retry_after} seconds`,
      })
      return
    }
  } else if (sub) {
    await unsubscribeSubscriptionWorkflow(req.scope).run({
      input: { subscription_id: sub.id, ...requestMeta(req), source: "account" },
    })
  }
  const { sub: after } = await mySubscription(req)
  res.json({ newsletter_subscription: serialize(after) })
}
