import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { anonymizeFiscalOrders } from "../../../providers/medusa-core/sql"

/**
 * Fully anonymises a batch of orders whose fiscal window has ended, in one transaction. Irreversible by
 * design, so no compensation; the metadata marker makes a re-run a no-op.
 */
export const anonymizeFiscalOrdersStep = createStep("privacy-anonymize-fiscal-orders", async (orderIds: string[], { container }) => {
  const counts = await anonymizeFiscalOrders(container, orderIds, container.resolve<PrivacyModuleService>("privacy").now())
  return new StepResponse(counts)
})
