import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { exportSubject } from "./registry"

/** The export of one customer (a record soft-deleted in Medusa too: it still holds their data): every registered module's rows plus the processor register (P1, P11, P13). */
export async function buildSubjectExport(container: MedusaContainer, customerId: string, actor = `customer:${customerId}`, subjectRef: string | null = null) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email"], withDeleted: true })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const subject = { customer_id: customer.id, email: customer.email }
  const modules = await exportSubject(container, subject)
  const processors = await privacy.listProcessors({ active: true }, { select: ["id", "name", "purpose", "data_categories", "location"] })
  await privacy.createAuditLogs({
    rule: "export",
    actor,
    counts: Object.fromEntries(modules.map((m) => [m.module, Object.values(m.entities).reduce((n, rows) => n + rows.length, 0)])),
    subject_ref: subjectRef,
    occurred_at: privacy.now(),
  })
  return { generated_at: privacy.now().toISOString(), subject, modules, processors: JSON.parse(JSON.stringify(processors)) }
}
