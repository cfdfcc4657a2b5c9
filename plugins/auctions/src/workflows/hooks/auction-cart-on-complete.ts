import { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertAuctionCartPayable } from "../../utils/cart-guard"

/**
 * The completion guard of auction carts, on every path that completes a cart
 * (Store API, payment webhooks): a cart tied to a lot becomes an order only when
 * it holds exactly the lot's line at the won price, quantity 1, for the winner,
 * before the deadline (src/utils/cart-guard.ts).
 *
 * Why not `hooks.validate`: a workflow hook takes one handler
 * ("Cannot define multiple hook handlers for the validate hook", workflows-sdk
 * create-hook.js), and the privacy plugin's P3 guard holds it. completeCartWorkflow's
 * next hook, `beforePaymentAuthorization`, runs in the same workflow after the
 * order rows are written and before the payment session is authorised; a throw
 * there compensates the order (and reservations, links) and authorises nothing,
 * so the cart stays open and nothing is charged. Medusa declares that hook in
 * the workflow but leaves it out of the exported type, hence the cast.
 */
type Hooks = {
  beforePaymentAuthorization: (fn: (input: { input: { id: string } }, ctx: { container: MedusaContainer }) => Promise<StepResponse<void> | void>) => void
}
;(completeCartWorkflow.hooks as unknown as Hooks).beforePaymentAuthorization(async ({ input }, { container }) => {
  await assertAuctionCartPayable(container, input.id)
})
