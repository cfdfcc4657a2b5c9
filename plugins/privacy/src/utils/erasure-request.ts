import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { addMonths } from "./clock"

/** Checks the password, then records an erasure request that executes after the cooling-off window. */
export async function createErasureRequest(container: MedusaContainer, customerId: string, password: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "has_account", "metadata"] })
  if (!customer?.has_account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  const auth = await container.resolve(Modules.AUTH).authenticate("emailpass", {
    body: { email: customer.email, password },
  } as any)
  if (!auth.success || (auth.authIdentity?.app_metadata as any)?.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "password is not the current password of this account")
  }
  const request = await container.resolve(Modules.LOCKING).execute(`privacy:dsr:${customerId}`, async () => {
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
    await privacy.createAuditLogs({
      rule: "erasure_requested",
      actor: `customer:${customerId}`,
      counts: { requests: 1 },
      subject_ref: request.id,
      occurred_at: now,
    })
    return request
  })
  await sendErasureConfirmation(container, { to: customer.email, locale: (customer.metadata as any)?.locale, request })
  return request
}

/** "2 december 2026 om 14:05" / "2 December 2026 at 14:05", shop time (Europe/Amsterdam). */
export function formatShopTime(at: Date, locale: "nl" | "en") {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(at)
}

/**
 * The confirmation mail (nl, or en when the customer's `metadata.locale` is "en") with the time until which
 * the request can be cancelled. A mail that cannot be sent does not undo the request: Medusa records the
 * failed notification (mail log) and the request stands.
 */
async function sendErasureConfirmation(
  container: MedusaContainer,
  { to, locale, request }: { to: string; locale?: unknown; request: { id: string; execute_after?: Date | string | null } }
) {
  const lang = locale === "en" ? "en" : "nl"
  const cancelUntil = new Date(request.execute_after ?? Date.now())
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to,
      channel: "email",
      template: "privacy.erasure-requested",
      data: { locale: lang, cancel_until: formatShopTime(cancelUntil, lang), cancel_until_iso: cancelUntil.toISOString() },
      resource_type: "privacy_data_subject_request",
      resource_id: request.id,
      idempotency_key: `privacy.erasure-requested:${request.id}`,
    } as any)
  } catch {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`privacy: the confirmation mail of erasure request ${request.id} could not be sent`)
  }
}

/**
 * The subject an erasure request erases, the same for execution (job, admin "execute") and the retention
 * preview: the customer and, because the person asked, every record under their e-mail (the request's own
 * e-mail for requests received without an account). Soft-deleted customer records count: they still hold data.
 * `exists` is false when the request names a customer that is gone and no e-mail: there is nothing to erase.
 */
export async function erasureRequestSubject(
  container: MedusaContainer,
  request: { customer_id?: string | null; subject_email?: string | null }
): Promise<{ customer_id: string | null; email: string | null; exists: boolean }> {
  const [customer] = request.customer_id
    ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: request.customer_id }, { select: ["id", "email"], withDeleted: true })
    : []
  const email = request.subject_email ?? customer?.email ?? null
  return { customer_id: request.customer_id ?? null, email, exists: !!customer || (!request.customer_id && !!email) }
}
