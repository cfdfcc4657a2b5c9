import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { anonymizeFiscalOrdersStep } from "./steps/anonymize-fiscal-orders"

/** One bounded batch of orders past the fiscal window: strips everything but amounts, currency, dates and country. */
export const anonymizeFiscalOrdersWorkflow = createWorkflow("privacy-anonymize-fiscal-orders", (input: { order_ids: string[] }) => {
  const counts = anonymizeFiscalOrdersStep(input.order_ids)
  return new WorkflowResponse(counts)
})
