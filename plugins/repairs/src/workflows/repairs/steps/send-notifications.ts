import { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairMail, RepairTemplate } from "../../../utils/mail"

/** A mail to a repair's customer (resolved inside the step: no address in the checkpoint), or an admin feed entry. */
export type RepairNotification =
  | { channel: "email"; repair_id: string; template: RepairTemplate; key: string; data?: Record<string, unknown> }
  | { channel: "feed"; key: string; title: string; description: string }

export type SendRepairNotificationsInput = {
  notifications: RepairNotification[]
  /**
   * true: a notification that cannot be handed over is logged (by template and key, never by address) and the
   * others still go. false: the step fails, so the steps before it compensate (e.g. a mail claim is released
   * and the next run sends it).
   */
  best_effort?: boolean
}

/**
 * Hands the repair plugin's notifications to Medusa's notification module, each with an idempotency key naming
 * its business fact (a retry never sends twice). No compensation: a handed-over mail cannot be unsent, so this
 * step comes last in every workflow that uses it.
 */
export const sendRepairNotificationsStep = createStep("repairs-send-notifications", async (input: SendRepairNotificationsInput, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notification_ids: string[] = []
  let failed = 0
  for (const n of input.notifications) {
    const what = n.channel === "email" ? n.template : "admin-ui"
    try {
      const dto: CreateNotificationDTO | null =
        n.channel === "email"
          ? await repairMail(container, n.repair_id, n.template, n.key, n.data ?? {})
          : {
              to: "",
              channel: "feed",
              template: "admin-ui",
              data: { title: n.title, description: n.description },
              idempotency_key: n.key,
            }
      if (!dto) continue
      const [sent] = await notifications.createNotifications([dto])
      if (sent) notification_ids.push(sent.id)
    } catch (e) {
      // The error text of a provider can name the address: only its type is logged or passed on.
      if (!input.best_effort) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `repairs: notification ${what} for ${n.key} could not be handed over (${(e as Error).name})`)
      }
      failed++
      logger.warn(`repairs: notification ${what} for ${n.key} failed (${(e as Error).name})`)
    }
  }
  return new StepResponse({ notification_ids, failed })
})
