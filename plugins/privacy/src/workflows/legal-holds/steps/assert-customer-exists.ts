import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Validation: a hold names an existing customer. No compensation. */
export const assertCustomerExistsStep = createStep("privacy-assert-customer-exists", async (customerId: string, { container }) => {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  return new StepResponse(undefined)
})
