import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCheckoutAllowed } from "../../utils/require-account"

// Last line of defence: every path that completes a cart (Store API, payment
// webhooks) runs this hook before the order is created.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCheckoutAllowed(container, cart.id)
})
