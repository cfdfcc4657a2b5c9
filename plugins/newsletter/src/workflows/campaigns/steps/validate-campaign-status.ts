import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type ValidateCampaignStatusInput = { id: string; status: "draft" | "sending"; message: string }

/** Validation: the campaign exists and has the status the action needs (`message` follows "is <status>"). No compensation. */
export const validateCampaignStatusStep = createStep("newsletter-validate-campaign-status", async (input: ValidateCampaignStatusInput, { container }) => {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: input.id }, { select: ["id", "status"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${input.id} was not found`)
  if (campaign.status !== input.status) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Campaign ${campaign.id} is ${campaign.status}${input.message}`)
  }
  return new StepResponse(undefined)
})
