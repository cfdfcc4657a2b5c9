import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { exportSubject } from "./registry"

/**
 * The export of one customer (a record soft-deleted in Medusa too: it still holds their data): every registered
 * module's rows plus the processor register (P1, P11, P13). Reads only; `counts` (rows per module, no personal
 * data) is what the audit entry of the export records (`recordSubjectExportWorkflow`).
 */
export async function collectSubjectExport(container: MedusaContainer, customerId: string) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email"], withDeleted: true })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const subject = { customer_id: customer.id, email: customer.email }
  const modules = await exportSubject(container, subject)
  const processors = await privacy.listProcessors({ active: true }, { select: ["id", "name", "purpose", "data_categories", "location"] })
  const counts = Object.fromEntries(modules.map((m) => [m.module, Object.values(m.entities).reduce((n, rows) => n + rows.length, 0)]))
  return { data: { generated_at: privacy.now().toISOString(), subject, modules, processors: JSON.parse(JSON.stringify(processors)) }, counts }
}

/** The audit reference of a single-use download link: its nonce (random, not personal). */
export const exportLinkRef = (nonce: string) => `export-link:${nonce}`

/** Whether the download link `ref` names was used: an `export` audit entry carries it. */
export async function isExportLinkUsed(container: MedusaContainer, ref: string) {
  const used = await container.resolve<PrivacyModuleService>("privacy").listAuditLogs({ rule: "export", subject_ref: ref }, { select: ["id"], take: 1 })
  return used.length > 0
}
