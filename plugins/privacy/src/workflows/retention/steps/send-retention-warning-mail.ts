import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { signKeepAccountToken } from "../../../utils/retention-warning"

export type RetentionWarningMailInput = { customer_id: string; email: string | null; due_at: Date | string; erase_on: Date | string }

/**
 * The "your account will be erased" mail with a keep-my-account link, in the shop's `defaultLocale`; once per
 * clock period (the idempotency key names the clock's end). A subject without an e-mail address is not mailed.
 * Last step, no compensation: a mail cannot be unsent.
 */
export const sendRetentionWarningMailStep = createStep("privacy-send-retention-warning-mail", async (input: RetentionWarningMailInput, { container }) => {
  if (!input.email) return new StepResponse(undefined)
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const { backendUrl, defaultLocale } = privacy.getOptions()
  const token = signKeepAccountToken(privacy, input.customer_id)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template: "privacy.retention-warning",
    data: {
      locale: defaultLocale,
      keep_account_url: `${backendUrl}/privacy/keep-account?token=${encodeURIComponent(token)}`,
      erase_on: new Date(input.erase_on).toISOString().slice(0, 10),
    },
    idempotency_key: `privacy.retention-warning:${input.customer_id}:${new Date(input.due_at).toISOString()}`,
  })
  return new StepResponse(undefined)
})
