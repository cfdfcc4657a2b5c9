import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RemovedCoreRecords } from "../../../utils/core-sql"
import { dismissErasedLinks } from "../../../utils/erased-links"

/**
 * After the erasure: the erased customers' and carts' links go through Medusa's Link module (order_cart,
 * cart_payment_collection, cart_promotion, customer_account_holder, and any link another module defines).
 * The records they pointed at are gone, so there is nothing to restore: no compensation; idempotent.
 */
export const dismissErasedLinksStep = createStep("privacy-dismiss-erased-links", async (removed: RemovedCoreRecords, { container }) => {
  return new StepResponse(await dismissErasedLinks(container, removed))
})
