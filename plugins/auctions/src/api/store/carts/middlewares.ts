import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LOT_LINE_KEY } from "../../../modules/auction/settlement"
import { AuctionCart, auctionCartOf } from "../../../utils/cart-guard"

/**
 * The winner's cart holds the lot's line locked (quantity 1, the won price):
 * the Store API may not add, change or remove lines of an auction cart, apply
 * promotion codes to it, or move it to another region or sales channel. Other
 * items go into an ordinary cart. Completion is guarded again in the workflow
 * (src/workflows/hooks/auction-cart-on-complete.ts), whatever path completes it.
 */
const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

type Guard = (req: MedusaRequest) => Promise<void> | void
/** Runs a guard and hands a refusal to Medusa's error handler (400 with the message). */
const guard = (fn: Guard) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    await fn(req)
    next()
  } catch (e) {
    next(e)
  }
}

async function lockedCart(req: MedusaRequest, what: string | ((found: AuctionCart) => string | null)) {
  const found = await auctionCartOf(req.scope, req.params.id)
  if (!found) return
  const reason = typeof what === "string" ? what : what(found)
  if (!reason) return
  const lotId = found.lot?.id ?? found.lineLots[0]
  throw notAllowed(`Cart ${req.params.id} is the payment cart of auction lot ${lotId}: ${reason}; put other products in another cart`)
}

const refuseLineChanges = guard((req) =>
  lockedCart(
    req,
    req.params.line_id
      ? `its line ${req.params.line_id} is the won lot at a fixed price and quantity 1 and cannot be changed or removed`
      : "it holds only the won lot, no line can be added"
  )
)

/** Resending the cart's own region or channel (as some storefronts do on every update) is fine; changing them is not. */
const refuseCartChanges = guard(async (req) => {
  const body = (req.body ?? {}) as Record<string, unknown>
  const touched = ["region_id", "sales_channel_id"].some((f) => body[f] !== undefined)
  const promo = Array.isArray(body.promo_codes) && body.promo_codes.length > 0
  if (!touched && !promo) return
  await lockedCart(req, ({ cart }) => {
    const fields = [
      ...(["region_id", "sales_channel_id"] as const).filter((f) => body[f] !== undefined && body[f] !== cart[f]),
      ...(promo ? ["promo_codes"] : []),
    ]
    return fields.length ? `${fields.join(", ")} cannot be changed` : null
  })
})

const refusePromotions = guard((req) => lockedCart(req, "promotion codes do not apply to a won lot"))

/** No line may claim to be a lot's line: only the winner's cart gets one, from the plugin. */
const refuseLotMetadata = (field: string) =>
  guard((req) => {
    const body = (req.body ?? {}) as { metadata?: unknown; items?: { metadata?: unknown }[] }
    const claims = (m: unknown) => !!m && typeof m === "object" && LOT_LINE_KEY in (m as object)
    if (claims(body.metadata) || (Array.isArray(body.items) && body.items.some((i) => claims(i?.metadata)))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}.${LOT_LINE_KEY} is reserved for auction carts`)
    }
  })

export const storeCartGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", methods: ["POST"], middlewares: [refuseLotMetadata("items.metadata")] },
  { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [refuseCartChanges] },
  {
    matcher: "/store/carts/:id/line-items",
    methods: ["POST"],
    middlewares: [refuseLotMetadata("metadata"), refuseLineChanges],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["POST", "DELETE"],
    middlewares: [refuseLotMetadata("metadata"), refuseLineChanges],
  },
  { matcher: "/store/carts/:id/promotions", methods: ["POST"], middlewares: [refusePromotions] },
]
