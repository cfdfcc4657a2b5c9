import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { currentPolicyText } from "../../../utils/consent"

/**
 * Validation: the cookie text the visitor saw (`policy_text_id`, else the current one) is a published cookie
 * text (400 otherwise). Returns its id, version and hash for the records. Reads only, no compensation.
 */
export const resolveCookieTextStep = createStep("privacy-resolve-cookie-text", async (policyTextId: string | undefined, { container }) => {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const text = policyTextId ? (await privacy.listPolicyTexts({ id: policyTextId, kind: "cookies" }))[0] : await currentPolicyText(container, "cookies")
  if (!text) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      policyTextId ? `policy_text_id ${policyTextId} is not a published cookie text` : "No cookie policy text is published yet"
    )
  }
  return new StepResponse({ id: text.id, version: text.version, hash: text.hash })
})
