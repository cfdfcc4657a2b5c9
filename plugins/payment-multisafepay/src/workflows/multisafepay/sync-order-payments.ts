import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { fetchMultiSafepayOrderPaymentStatusesStep } from "./steps/fetch-order-payment-statuses"
import { updateMultiSafepayPaymentDataStep } from "./steps/update-payment-data"

export const syncMultiSafepayOrderPaymentsWorkflowId = "multisafepay-sync-order-payments"

/**
 * "Sync status" (admin): re-fetches every MultiSafepay order of a Medusa order and stores its true status on the
 * Medusa payment (a refund made in MultiSafepay's dashboard, say); the admin route reads the payments back.
 */
export const syncMultiSafepayOrderPaymentsWorkflow = createWorkflow(syncMultiSafepayOrderPaymentsWorkflowId, (input: { order_id: string }) => {
  const fetched = fetchMultiSafepayOrderPaymentStatusesStep(input)
  return new WorkflowResponse(updateMultiSafepayPaymentDataStep(fetched))
})
