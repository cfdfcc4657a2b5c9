import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { addMonths } from "./clock"

/** Checks the password, then records an erasure request that executes after the cooling-off window. */
export async function createErasureRequest(container: MedusaContainer, customerId: string, password: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "has_account"] })
  if (!customer?.has_account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  const auth = await container.resolve(Modules.AUTH).authenticate("emailpass", {
    body: { email: customer.email, password },
  } as any)
  if (!auth.success || (auth.authIdentity?.app_metadata as any)?.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "password is not the current password of this account")
  }
  return container.resolve(Modules.LOCKING).execute(`privacy:dsr:${customerId}`, async () => {
    const open = await privacy.listDataSubjectRequests({ customer_id: customerId, type: "erasure", status: ["cooling_off", "in_progress"] })
    if (open.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `An erasure request (${open[0].id}) is already open for this account`)
    }
    const now = privacy.now()
    const request = await privacy.createDataSubjectRequests({
      type: "erasure",
      status: "cooling_off",
      channel: "store_api",
      customer_id: customerId,
      received_at: now,
      due_at: addMonths(now, 1),
      execute_after: new Date(now.getTime() + privacy.getOptions().erasureCoolingOffHours * 3_600_000),
    })
    await privacy.createAuditLogs({ rule: "erasure_requested", actor: `customer:${customerId}`, counts: { requests: 1 }, subject_ref: request.id, occurred_at: now })
    return request
  })
}
