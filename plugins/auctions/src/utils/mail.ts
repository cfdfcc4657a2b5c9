import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../modules/auction"
import AuctionModuleService from "../modules/auction/service"

export type AuctionTemplate =
  | "auctions.outbid"
  | "auctions.won"
  | "auctions.lost"
  | "auctions.payment_reminder"
  | "auctions.second_chance"

/**
 * Mails one customer. The idempotency key names the business fact, so a job
 * that runs twice never mails twice. Failures are logged by id, never by address.
 */
export async function mailCustomer(
  container: MedusaContainer,
  customerId: string,
  template: AuctionTemplate,
  key: string,
  data: Record<string, unknown>
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name"],
      filters: { id: customerId },
    })
    const customer = customers[0]
    if (!customer?.email) return
    const auction: AuctionModuleService = container.resolve(AUCTION_MODULE)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customer.email,
      channel: "email",
      template,
      data: { locale: auction.getOptions().locale, first_name: customer.first_name ?? "", ...data },
      idempotency_key: `${template}:${key}`,
    })
  } catch (e) {
    logger.warn(`auctions: mail ${template} for ${key} failed (${(e as Error).name})`)
  }
}
