import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { describeError } from "../../../utils/errors"
import { AuctionMail, mailData } from "../../../utils/mail"

export type { AuctionMail }

/**
 * Mails customers through the notification module. Mails cannot be unsent, so
 * this step comes last in every workflow and has no compensation; the
 * idempotency key names the business fact, so a rerun never mails twice.
 * A mail that fails is logged by id (never by address) and does not fail the
 * workflow.
 */
export const sendAuctionMailsStep = createStep("auctions-send-auction-mails", async (mails: AuctionMail[], { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const options = container.resolve<AuctionModuleService>(AUCTION_MODULE).getOptions()
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (const mail of mails) {
    const { customer_id: customerId, template, key } = mail
    try {
      const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: customerId } })
      const customer = customers[0]
      if (!customer?.email) continue
      await notifications.createNotifications({
        to: customer.email,
        channel: "email",
        template,
        data: { first_name: customer.first_name ?? "", ...mailData(mail, options) },
        idempotency_key: `${template}:${key}`,
      })
    } catch (e) {
      logger.warn(`auctions: mail ${template} for ${key} failed (${describeError(e)})`)
    }
  }
  return new StepResponse(undefined)
})
