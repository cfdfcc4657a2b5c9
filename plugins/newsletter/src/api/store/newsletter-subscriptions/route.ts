import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { hasEmailProvider, NO_EMAIL_PROVIDER } from "../../../utils/email-provider"
import { requestMeta } from "../../../utils/http"
import { requestSubscriptionWorkflow } from "../../../workflows/subscriptions/request-subscription"
import { StoreSubscribeType } from "./validators"

/**
 * Subscribe (guest or customer): always double opt-in. The answer is the same
 * whether or not the address is already subscribed, so it reveals nothing.
 * A shop without an e-mail provider answers 503 and records nothing: it never
 * claims a confirmation mail it cannot send (the same for every address).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSubscribeType>, res: MedusaResponse) => {
  const body = req.validatedBody
  if (!hasEmailProvider(req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE))) {
    res.status(503).json({ type: "unavailable", message: `${NO_EMAIL_PROVIDER}; nothing was recorded. Try again later.` })
    return
  }
  let customerId: string | null = null
  if (req.auth_context?.actor_id) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
    // Only the customer's own address is linked to the account.
    if (customer.email?.toLowerCase() === body.email.toLowerCase()) customerId = customer.id
  }
  const { result } = await requestSubscriptionWorkflow(req.scope).run({
    input: {
      email: body.email,
      locale: body.locale,
      consent_text_id: body.consent_text_id,
      source: body.source ?? "store",
      customer_id: customerId,
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
  res.status(202).json({ subscription_request: { email: body.email.trim().toLowerCase(), status: "confirmation_sent" } })
}
