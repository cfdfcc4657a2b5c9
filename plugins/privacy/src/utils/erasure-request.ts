import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

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
