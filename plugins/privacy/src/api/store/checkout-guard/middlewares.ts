import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCheckoutAllowed } from "../../../utils/require-account"

async function guardCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertCheckoutAllowed(req.scope, req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}

/** Blocks paying before anyone is charged: the payment collection's cart must belong to an account. */
async function guardPaymentCollection(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: req.params.id },
    })
    if (data[0]?.cart_id) await assertCheckoutAllowed(req.scope, data[0].cart_id)
    next()
  } catch (e) {
    next(e)
  }
}

/** Promise P3 on the Store API: no payment session and no order without an account. */
export const checkoutGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [guardCart] },
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [guardPaymentCollection],
  },
]
