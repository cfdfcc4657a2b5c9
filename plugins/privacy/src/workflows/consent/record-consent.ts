import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentCategory } from "../../utils/consent"
import { appendConsentRecordsStep } from "./steps/append-consent-records"
import { resolveCookieTextStep } from "./steps/resolve-cookie-text"

export type RecordConsentInput = {
  /** The random part of the signed, server-issued visitor id (utils/visitor-id.ts). */
  visitor_key: string
  customer_id?: string | null
  /** The cookie text shown; default the current one. */
  policy_text_id?: string
  choices: Partial<Record<ConsentCategory, boolean>>
  action: "choice" | "withdrawal"
}

/** A consent choice or withdrawal: the cookie text checked, one ledger record per category with its version and hash. */
export const recordConsentWorkflow = createWorkflow("privacy-record-consent", (input: RecordConsentInput) => {
  const text = resolveCookieTextStep(input.policy_text_id)
  const ids = appendConsentRecordsStep(
    transform({ input, text }, ({ input, text }) => ({
      visitor_key: input.visitor_key,
      customer_id: input.customer_id ?? null,
      choices: input.choices,
      action: input.action,
      text,
    }))
  )
  return new WorkflowResponse({ record_ids: ids })
})
