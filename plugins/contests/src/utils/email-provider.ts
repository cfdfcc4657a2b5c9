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

/** The boot warning (module onApplicationStart hook) when the shop cannot send this plugin's mails. */
export function warnWithoutEmailProvider(cradle: Record<string, unknown>) {
  if (hasEmailProvider(cradle[ContainerRegistrationKeys.CONFIG_MODULE] as ConfigModule)) return
  ;(cradle[ContainerRegistrationKeys.LOGGER] as Logger).warn(
    'contests: no e-mail provider is configured (no notification provider for channel "email"), so winners get no mail with their claim link. ' +
      "Install @softshop/medusa-notification-nodemailer or another e-mail provider."
  )
}
