import { MedusaContainer } from "@medusajs/framework/types"
import type { PersonalDataDescriptor, PersonalDataProvider, SubjectDataExport, SubjectErasureResult, PrivacySubject } from "../../types/privacy-contract"
import { toJsonRows } from "../../utils/scrub"
import { eraseCoreSubjectsDetailed } from "./erase"
import { ADDRESS_FIELDS, collectMedusaRows } from "./export"
import { dismissErasedLinks } from "./links"

export { eraseCoreSubjects, eraseCoreSubjectsDetailed, type RemovedCoreRecords } from "./erase"
export { collectMedusaRows } from "./export"
export { customerAndCartLinkTables, dismissErasedLinks } from "./links"

/**
 * The "Medusa core" personal-data provider: Medusa's own modules (customer, auth, cart, order, payment,
 * notification) under the privacy contract, next to the ones other plugins' modules implement. Export reads
 * through the module services (export.ts); erasure goes through the module services with arrays, the Link
 * module and, where no service can do the job, SQL with its reason (erase.ts, links.ts, sql.ts).
 *
 * The erasure workflows run it as a step of their own (privacy-erase-medusa-core-data, after every other
 * module), followed by the link removal and the events; the contract methods below do the erasure and the
 * link removal for callers outside a workflow.
 */
export const MEDUSA_CORE_MODULE = "medusa"

/** Medusa's own data (customer, addresses, login, carts, orders, payment sessions, notifications) as a contract provider. */
export function createMedusaCoreProvider(container: MedusaContainer): PersonalDataProvider {
  const descriptor: PersonalDataDescriptor = {
    module: MEDUSA_CORE_MODULE,
    entities: [
      {
        entity: "customer",
        personal_fields: ["email", "first_name", "last_name", "phone", "company_name", "metadata"],
        description: "Customer profile (soft-deleted records too); deleted on erasure.",
      },
      { entity: "customer_address", personal_fields: ADDRESS_FIELDS.slice(1), description: "Address book; deleted on erasure." },
      { entity: "provider_identity", personal_fields: ["entity_id"], description: "Login (e-mail); deleted so the e-mail can register again." },
      { entity: "auth_identity", personal_fields: ["app_metadata"], description: "Login identity; deleted unless it also belongs to a staff user." },
      { entity: "cart", personal_fields: ["email", "shipping_address", "billing_address", "metadata"], description: "Carts with their addresses; deleted." },
      {
        entity: "order",
        personal_fields: ["email", "customer_id", "shipping_address", "billing_address"],
        description: "Orders keep only fiscal fields (amounts, VAT, currency, dates, country, display id, postcode prefix).",
      },
      { entity: "order_change", personal_fields: ["metadata", "actions.details"], description: "Order edit history; personal keys nulled." },
      { entity: "payment_session", personal_fields: ["data", "context"], description: "Payment provider data; personal keys nulled." },
      { entity: "payment", personal_fields: ["data"], description: "Payment provider data; personal keys nulled." },
      {
        entity: "account_holder",
        personal_fields: ["email", "data", "metadata"],
        description: "The customer at a payment provider; e-mail and data cleared, link to the customer removed.",
      },
      { entity: "notification", personal_fields: ["to", "data"], description: "Sent messages; deleted." },
    ],
  }

  return {
    getPersonalDataDescriptor: () => descriptor,

    async exportSubjectData(subject): Promise<SubjectDataExport> {
      const r = await collectMedusaRows(container, subject)
      return {
        module: MEDUSA_CORE_MODULE,
        entities: {
          customer: toJsonRows(r.customers),
          customer_address: toJsonRows(r.addresses),
          provider_identity: toJsonRows(r.providerIdentities),
          auth_identity: toJsonRows(r.authIdentities.map((a) => ({ id: a.id, created_at: (a as any).created_at }))),
          cart: toJsonRows(r.carts),
          order: toJsonRows(r.orders),
          order_change: toJsonRows(r.orderChanges),
          payment_session: toJsonRows(r.paymentSessions),
          payment: toJsonRows(r.payments),
          account_holder: toJsonRows(r.accountHolders),
          notification: toJsonRows(r.notifications),
        },
      }
    },

    // The same calls for one subject (requests, admin) and for a retention batch.
    eraseSubjectData: (subject): Promise<SubjectErasureResult> => eraseWithLinks(container, [subject]),
    eraseSubjectsData: (subjects): Promise<SubjectErasureResult> => eraseWithLinks(container, subjects),
  }
}

const privacyNow = (container: MedusaContainer): Date => (container.resolve("privacy") as any).now()

/** Erasure plus link removal, what the workflow does in two steps (no events: those are the workflow's). */
async function eraseWithLinks(container: MedusaContainer, subjects: PrivacySubject[]): Promise<SubjectErasureResult> {
  const { result, removed } = await eraseCoreSubjectsDetailed(container, subjects, privacyNow(container))
  await dismissErasedLinks(container, removed)
  return result
}
