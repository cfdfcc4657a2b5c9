import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RepairRow } from "../../../modules/repair/types"
import { mailRepairCustomer, RepairTemplate } from "../../../utils/mail"

export type RepairMail = { repair: RepairRow; template: RepairTemplate; key: string; data?: Record<string, unknown> }

/** Mails the customer; mails cannot be unsent, so this step comes last. */
export const sendRepairMailStep = createStep("repairs-send-repair-mail", async (mail: RepairMail, { container }) => {
  await mailRepairCustomer(container, mail.repair, mail.template, mail.key, mail.data ?? {})
  return new StepResponse(undefined)
})
