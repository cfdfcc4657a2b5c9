import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"
import { WinnerRow } from "../../../modules/contest/types"
import { claimTokenFor } from "../../../utils/claim-token"

/**
 * Mails each winner (nl/en through the notification module) a signed claim link with the deadline, then marks
 * the mailed claims. The idempotency key is the winner id, so a retried step never mails twice; failures are
 * logged by id, never by address. Nothing to compensate once sent.
 */
export const mailWinnersStep = createStep("contests-mail-winners", async (input: { title: string; winners: WinnerRow[] }, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = contestOf(container)
  const { locale, publicUrl, claimPath } = service.getOptions()
  const ids = input.winners.map((w) => w.customer_id).filter((id): id is string => !!id)
  if (!ids.length) return new StepResponse(0)
  const { data: customers } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: ids } })
  const byId = new Map(customers.map((c: { id: string }) => [c.id, c]))
  const mailed: string[] = []
  for (const w of input.winners) {
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
          title: input.title,
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
  await service.markMailed(mailed)
  return new StepResponse(mailed.length)
})
