import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import type { ConsentCategory } from "../../../utils/consent"

export type AppendConsentRecordsInput = {
  visitor_key: string
  customer_id?: string | null
  choices: Partial<Record<ConsentCategory, boolean>>
  action: "choice" | "withdrawal"
  text: { id: string; version: string; hash: string }
}

/**
 * Appends one record per category (append-only ledger) with the exact text version shown, at the privacy
 * clock's now; compensation deletes exactly these records.
 */
export const appendConsentRecordsStep = createStep(
  "privacy-append-consent-records",
  async (input: AppendConsentRecordsInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const now = privacy.now()
    const records = await privacy.createConsentRecords(
      Object.entries(input.choices).map(([category, granted]) => ({
        visitor_id: input.visitor_key,
        customer_id: input.customer_id ?? null,
        category: category as ConsentCategory,
        granted: !!granted,
        action: input.action,
        policy_text_id: input.text.id,
        policy_text_version: input.text.version,
        policy_text_hash: input.text.hash,
        recorded_at: now,
      }))
    )
    const ids = records.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<PrivacyModuleService>("privacy").deleteConsentRecords(ids)
  }
)
