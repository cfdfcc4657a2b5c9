import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { formatShopTime } from "../../../utils/erasure-request"

/**
 * The erasure request's confirmation mail (in the customer's `metadata.locale` when it is "en" or "nl", else the
 * `defaultLocale` option) with the time until which the request can be cancelled. Last step, no compensation (a
 * mail cannot be unsent); a mail that cannot be sent does not undo the request: Medusa records the failed
 * notification (mail log) and the request stands.
 */
export const sendErasureConfirmationStep = createStep(
  "privacy-send-erasure-confirmation",
  async ({ to, locale, request_id }: { request_id: string; to: string; locale?: unknown }, { container }) => {
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
    return new StepResponse(undefined)
  }
)
