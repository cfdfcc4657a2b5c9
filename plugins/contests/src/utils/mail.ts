import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { contestOf } from "../modules/contest/resolve"
import { WinnerRow } from "../modules/contest/types"
import { claimTokenFor } from "./claim-token"

/**
 * Mails each winner (nl/en through the notification module) a signed claim link
 * with the deadline. The idempotency key is the winner id, so a retried step
 * never mails twice. Failures are logged by id, never by address.
 */
export async function mailWinners(container: MedusaContainer, contestTitle: string, winners: WinnerRow[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = contestOf(container)
  const { locale, publicUrl, claimPath } = service.getOptions()
  const ids = winners.map((w) => w.customer_id).filter((id): id is string => !!id)
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: ids } })
  const byId = new Map(customers.map((c: { id: string }) => [c.id, c]))
  const mailed: string[] = []
  for (const w of winners) {
    const customer = byId.get(w.customer_id ?? "") as { email?: string; first_name?: string } | undefined
    if (!customer?.email) continue
    const deadline = new Date(w.claim_deadline)
    const url = `${publicUrl.replace(/\/$/, "")}${claimPath}?token=${encodeURIComponent(claimTokenFor(service, w.id, deadline))}`
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: customer.email,
        channel: "email",
        template: "contests.won",
        data: {
          locale,
          first_name: customer.first_name ?? "",
          title: contestTitle,
          prize: w.prize_name,
          claim_url: url,
          claim_deadline: deadline.toISOString().replace("T", " ").slice(0, 16),
        },
        idempotency_key: `contests.won:${w.id}`,
      })
      mailed.push(w.id)
    } catch (e) {
      logger.warn(`contests: winner mail for ${w.id} failed (${(e as Error).name})`)
    }
  }
  return mailed
}
