import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type PublishConsentTextInput = { locale: string; body: string }

/** Adds the next version of a locale's consent text (versioned under a lock); compensation deletes it. */
export const publishConsentTextStep = createStep(
  "newsletter-publish-consent-text",
  async (input: PublishConsentTextInput, { container }) => {
    const text = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).publishConsentText(input)
    return new StepResponse(text, text.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).deleteConsentTexts(id)
  }
)
