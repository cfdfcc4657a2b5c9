import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConsentScope } from "../../../modules/repair/constants"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

export type WithdrawConsentInput = { id: string; scopes?: ConsentScope[]; actor: string }

/** Withdraws scopes (all when none are named) under the row lock; compensation clears exactly those withdrawals. */
export const withdrawConsentStep = createStep(
  "repairs-withdraw-consent",
  async (input: WithdrawConsentInput, { container }) => {
    const { undo } = await repairOf(container).withdrawConsent(input)
    return new StepResponse({ id: input.id, withdrawn_consent_ids: undo.withdrawn_consent_ids ?? [] }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
