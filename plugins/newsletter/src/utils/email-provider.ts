import { ConfigModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Whether the shop's notification module has a provider for channel "email": the rule Medusa's
 * notification loader applies (a configured provider on that channel, or Medusa Cloud e-mail).
 */
export function hasEmailProvider(config: ConfigModule | undefined): boolean {
  const modules = (config?.modules ?? {}) as Record<string, unknown>
  for (const [key, entry] of Object.entries(modules)) {
    if (!entry || typeof entry !== "object") continue
    const { resolve, options } = entry as { resolve?: unknown; options?: Record<string, any> }
    const isNotification = key === "notification" || (typeof resolve === "string" && /(^|\/)notification$/.test(resolve))
    if (!isNotification) continue
    const providers = (options?.providers ?? []) as { options?: { channels?: string[] } }[]
    if (providers.some((p) => p?.options?.channels?.includes("email"))) return true
    const cloud = options?.cloud
    if (cloud?.api_key && cloud?.endpoint && cloud?.environment_handle) return true
  }
  return false
}

export const NO_EMAIL_PROVIDER = 'No e-mail provider is configured (no notification provider for channel "email"), so no confirmation mail can be sent'

/** The boot warning (module onApplicationStart hook): without an e-mail provider double opt-in cannot work. */
export function warnWithoutEmailProvider(cradle: Record<string, unknown>) {
  const config = cradle[ContainerRegistrationKeys.CONFIG_MODULE] as ConfigModule
  if (hasEmailProvider(config)) return
  ;(cradle[ContainerRegistrationKeys.LOGGER] as Logger).warn(
    `newsletter: ${NO_EMAIL_PROVIDER}: subscribe requests are refused with 503 and campaigns cannot be mailed. ` +
      "Install @softshop/medusa-notification-nodemailer or another e-mail provider."
  )
}
