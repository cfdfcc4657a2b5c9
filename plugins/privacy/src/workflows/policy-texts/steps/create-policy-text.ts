import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type PolicyTextInput = { kind: "cookies" | "privacy_statement"; version: string; locale: string; body: string }

/**
 * Publishes a new version of a policy text at the privacy clock's now, with the SHA-256 of its body (409 when
 * that kind, version and locale exist: published texts are never edited, consent records point at them).
 * Compensation deletes it.
 */
export const createPolicyTextStep = createStep(
  "privacy-create-policy-text",
  async (input: PolicyTextInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const existing = await privacy.listPolicyTexts({ kind: input.kind, version: input.version, locale: input.locale }, { select: ["id"] })
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `version ${input.version} of the ${input.kind} text (${input.locale}) already exists`)
    }
    const text = await privacy.createPolicyTexts({
      ...input,
      hash: createHash("sha256").update(input.body).digest("hex"),
      published_at: privacy.now(),
    })
    return new StepResponse({ id: text.id }, text.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deletePolicyTexts(id)
  }
)
