import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import PrivacyModuleService from "../modules/privacy/service"

export const ACCOUNT_REQUIRED_MESSAGE =
  "Checkout requires a customer account (rule: account_required). Sign in or register, then attach the cart to your account."

/**
 * Promise P3: a cart may be paid for and completed only by a registered
 * customer (customer.has_account). Throws NOT_ALLOWED (400) otherwise.
 */
export async function assertCheckoutAllowed(container: MedusaContainer, cartId: string) {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  if (!privacy.getOptions().requireAccountForCheckout) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0]
  // A missing cart is the core route's 404 to report, not ours.
  if (!cart) return
  if (!cart.customer_id || !cart.customer?.has_account) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, ACCOUNT_REQUIRED_MESSAGE, "account_required")
  }
}
