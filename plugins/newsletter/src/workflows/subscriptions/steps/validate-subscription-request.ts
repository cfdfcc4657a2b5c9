import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type ValidateSubscriptionRequestInput = { locale?: string | null; consent_text_id?: string | null }

/** Validation: the consent text shown (or the current one of the locale) exists. No compensation. */
export const validateSubscriptionRequestStep = createStep(
  "newsletter-validate-subscription-request",
  async (input: ValidateSubscriptionRequestInput, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const locale = input.locale ?? newsletter.getOptions().defaultLocale
    const text = input.consent_text_id
      ? (await newsletter.listConsentTexts({ id: input.consent_text_id }, { select: ["id"] }))[0]
      : await newsletter.currentConsentText(locale)
    if (!text) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.consent_text_id
          ? `consent_text_id ${input.consent_text_id} does not exist`
          : `No consent text for locale "${locale}": publish one in the admin first`
      )
    }
    return new StepResponse(undefined)
  }
)
