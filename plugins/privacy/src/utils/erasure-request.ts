import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"

/**
 * Validation of a customer's erasure request: the account exists and `password` is its current password
 * (401 otherwise). Returns what the request workflow needs: the e-mail the confirmation goes to, the locale.
 */
export async function assertCurrentPassword(container: MedusaContainer, customerId: string, password: string) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "has_account", "metadata"] })
  if (!customer?.has_account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  const auth = await container.resolve(Modules.AUTH).authenticate("emailpass", {
    body: { email: customer.email, password },
  } as any)
  if (!auth.success || (auth.authIdentity?.app_metadata as any)?.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "password is not the current password of this account")
  }
  return { email: customer.email, locale: (customer.metadata as any)?.locale as unknown }
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
 * The confirmation mail (in the customer's `metadata.locale` when it is "en" or "nl", else the `defaultLocale`
 * option) with the time until which
 * the request can be cancelled. A mail that cannot be sent does not undo the request: Medusa records the
 * failed notification (mail log) and the request stands.
 */
export async function sendErasureConfirmation(container: MedusaContainer, { to, locale, request_id }: { to: string; locale?: unknown; request_id: string }) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const request = await privacy.retrieveDataSubjectRequest(request_id, { select: ["id", "execute_after"] })
  const lang = locale === "en" || locale === "nl" ? locale : privacy.getOptions().defaultLocale
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
