import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../modules/privacy/service"

/**
 * Ownership on Medusa's Store API (option `enforceOwnership`, on by default; README "Ownership").
 * Medusa treats a cart, order or payment-collection id as the credential; this shop promises
 * account-only ordering and confidentiality (P1, P3, P16), so:
 * - a store order is readable (and its transfer requestable) only by its customer's session (guest orders
 *   too, unless the shop allows guest checkout);
 * - a cart whose customer has an account is readable and writable only by that customer;
 * - a payment collection (and its payment sessions) only for a cart the caller may use.
 * Anyone else gets the same 404 as for an id that does not exist.
 */

type Req = MedusaRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">>

const actorOf = (req: Req) => (req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined)
const options = (req: Req) => req.scope.resolve<PrivacyModuleService>("privacy").getOptions()
const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

type Owned = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null }

/** Whether the caller may use a cart or order: its account owner, or anyone when it belongs to no account. */
function mayUse(req: Req, record: Owned, guestRecordsOpen: boolean) {
  if (!record.customer_id) return guestRecordsOpen
  if (record.customer_id === actorOf(req)) return true
  return !record.customer?.has_account && guestRecordsOpen
}

async function loadOwned(req: Req, entity: "cart" | "order", id: string): Promise<Owned | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "customer_id", "customer.has_account"], filters: { id } })
  return data[0] as Owned | undefined
}

const guard = (check: (req: Req) => Promise<void>) =>
  async function ownership(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      if (options(req).enforceOwnership) await check(req)
      next()
    } catch (e) {
      next(e)
    }
  }

/** Carts: guest carts stay open to whoever holds the id (that is how a guest checks out). */
async function checkCart(req: Req, id = req.params.id) {
  if (typeof id !== "string" || !id) return
  const cart = await loadOwned(req, "cart", id)
  if (cart && !mayUse(req, cart, true)) throw notFound("Cart", id)
}

/** Orders: only the customer's session; a guest order only in a shop that allows guest checkout. */
async function checkOrder(req: Req) {
  const order = await loadOwned(req, "order", req.params.id)
  if (!order) return
  if (!mayUse(req, order, !options(req).requireAccountForCheckout)) throw notFound("Order", req.params.id)
}

/**
 * Payment sessions: the collection must exist (Medusa's core flow crashed with 500 on an unknown id) and
 * belong to a cart (or order) the caller may use. Always on: the 404 for an unknown id is not optional.
 */
async function paymentCollection(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: collections } = await query.graph({ entity: "payment_collection", fields: ["id"], filters: { id } })
    if (!collections.length) throw notFound("Payment collection", id)
    if (options(req).enforceOwnership) {
      const { data: carts } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: id } })
      if (carts[0]?.cart_id) {
        const cart = await loadOwned(req, "cart", carts[0].cart_id)
        if (cart && !mayUse(req, cart, true)) throw notFound("Payment collection", id)
      } else {
        const { data: orders } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: id } })
        const order = orders[0]?.order_id ? await loadOwned(req, "order", orders[0].order_id) : undefined
        if (!order || !mayUse(req, order, !options(req).requireAccountForCheckout)) throw notFound("Payment collection", id)
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}

export const ownershipMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [guard(checkOrder)] },
  // Medusa answers a transfer request with the whole order: only for orders the caller may read (a guest
  // order, in a guest-checkout shop). Accept/decline carry the e-mailed token and stay open.
  { matcher: "/store/orders/:id/transfer/request", methods: ["POST"], middlewares: [guard(checkOrder)] },
  // No methods: app.use, so every /store/carts/:id/... route (line items, promotions, shipping, complete, customer).
  { matcher: "/store/carts/:id", middlewares: [guard((req) => checkCart(req))] },
  {
    matcher: "/store/payment-collections",
    methods: ["POST"],
    middlewares: [guard((req) => checkCart(req, (req.body as { cart_id?: unknown } | undefined)?.cart_id as string))],
  },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [paymentCollection] },
]
