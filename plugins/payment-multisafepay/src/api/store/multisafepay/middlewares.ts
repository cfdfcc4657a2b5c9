import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isGatewayAllowed } from "../../../providers/multisafepay/core/gateways"
import { cartIdOfPaymentCollection, loadCart, snapshotCart } from "../../../utils/cart-snapshot"
import { resolveMultiSafepayProvider } from "../../../utils/provider"
import { MultiSafepaySessionDataInput, StoreListMultiSafepayMethods } from "./payment-methods/validators"

/**
 * Before Medusa creates a MultiSafepay payment session: checks the chosen gateway and hands the provider
 * the cart's addresses, lines and the payer's IP (MultiSafepay needs them for BNPL and fraud checks).
 * The provider sends them to MultiSafepay and clears them from the stored session data.
 */
export async function attachMultiSafepayCheckout(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { provider_id?: string; data?: Record<string, unknown> }
  if (typeof body.provider_id !== "string" || !body.provider_id.startsWith("pp_multisafepay")) return next()
  const parsed = MultiSafepaySessionDataInput.safeParse(body.data ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.length ? `data.${issue.path.join(".")}` : "data"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: ${issue.code === "unrecognized_keys" ? `only gateway and locale are accepted` : issue.message}`
    )
  }
  const provider = resolveMultiSafepayProvider(req.scope, body.provider_id)
  const gateway = parsed.data.gateway
  if (gateway && !isGatewayAllowed(gateway, provider?.options.gateways)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `data.gateway: ${gateway} is not an available MultiSafepay payment method`)
  }
  const cartId = await cartIdOfPaymentCollection(req.scope, req.params.id)
  const checkout = cartId ? snapshotCart(await loadCart(req.scope, cartId), { ip_address: req.ip, locale: parsed.data.locale }) : null
  body.data = { ...(gateway ? { gateway } : {}), checkout }
  req.body = body
  return next()
}

export const storeMultiSafepayMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [attachMultiSafepayCheckout],
  },
  {
    methods: ["GET"],
    matcher: "/store/multisafepay/payment-methods",
    middlewares: [validateAndTransformQuery(StoreListMultiSafepayMethods, {})],
  },
]
