import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dismissErasedLinks, type RemovedCoreRecords } from "../../../providers/medusa-core"

/**
 * After the erasure: the erased customers' and carts' links go through Medusa's Link module (order_cart,
 * cart_payment_collection, cart_promotion, customer_account_holder, and any link another module defines).
 * The records they pointed at are gone, so there is nothing to restore: no compensation; idempotent.
 */
export const dismissErasedLinksStep = createStep("privacy-dismiss-erased-links", async (removed: RemovedCoreRecords, { container }) => {
  return new StepResponse(await dismissErasedLinks(container, removed))
})
