import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type CustomerChoice = {
  customer_id?: string
  contact?: { email: string; first_name: string; last_name: string; phone?: string | null }
}

/**
 * The repair's customer: an existing Medusa customer, or a walk-in contact that
 * becomes one (an existing customer with that e-mail is reused). Compensation
 * deletes a customer this step created.
 */
export const resolveRepairCustomerStep = createStep(
  "repairs-resolve-customer",
  async (input: CustomerChoice, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    if (input.customer_id) {
      const [found] = await customers.listCustomers({ id: input.customer_id }, { take: 1 })
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer_id ${input.customer_id} was not found`)
      return new StepResponse({ customer_id: found.id }, null)
    }
    const c = input.contact!
    const email = c.email.toLowerCase()
    const [existing] = await customers.listCustomers({ email }, { take: 1 })
    if (existing) return new StepResponse({ customer_id: existing.id }, null)
    const created = await customers.createCustomers({
      email,
      first_name: c.first_name,
      last_name: c.last_name,
      phone: c.phone ?? null,
      metadata: { source: "repairs_walk_in" },
    })
    return new StepResponse({ customer_id: created.id }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers([createdId])
  }
)
