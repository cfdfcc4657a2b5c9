import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConsentMethod, ConsentScope } from "../../../modules/repair/constants"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

export type GiveConsentInput = {
  id: string
  scopes: ConsentScope[]
  text_version: string
  method: ConsentMethod
  signature_name?: string | null
  actor: string
}

/**
 * Records file-access scopes (P18) under the row lock with the text version shown; "none" replaces earlier grants.
 * Compensation deletes the grants it inserted, clears the withdrawals it stamped and removes its audit entry.
 */
export const giveConsentStep = createStep(
  "repairs-give-consent",
  async (input: GiveConsentInput, { container }) => {
    const { undo } = await repairOf(container).giveConsent(input)
    return new StepResponse({ id: input.id, consent_ids: undo.consent_ids ?? [] }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
