import { ConfigModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Pg = { raw: (sql: string) => Promise<{ rows: { has_region: boolean }[] }> }

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

/**
 * Boot warnings for what the plugin needs from the rest of the shop: a region for the winner's cart and
 * an e-mail provider for its mails. Read-only; run from the module's onApplicationStart hook.
 */
export async function warnAboutMissingServices(cradle: Record<string, unknown>, regionId: string | undefined) {
  const logger = cradle[ContainerRegistrationKeys.LOGGER] as Logger
  const config = cradle[ContainerRegistrationKeys.CONFIG_MODULE] as ConfigModule
  if (!hasEmailProvider(config)) {
    logger.warn(
      'auctions: no e-mail provider is configured (no notification provider for channel "email"), so winners, ' +
        "outbid bidders and unpaid winners get no mail. Install @softshop/medusa-notification-nodemailer or another e-mail provider."
    )
  }
  if (regionId) return
  try {
    const pg = cradle[ContainerRegistrationKeys.PG_CONNECTION] as Pg
    // Medusa's createCartWorkflow takes the store's default region, else any region: the winner's cart only
    // fails when the shop has no region at all.
    const { rows } = await pg.raw("select exists (select 1 from region where deleted_at is null) as has_region")
    if (rows[0] && !rows[0].has_region) {
      logger.warn(
        "auctions: the shop has no region and the plugin option regionId is not set, so closing a lot fails " +
          "(the winner's cart needs a region). Create a region (admin → Settings → Regions) or set the option regionId."
      )
    }
  } catch {
    // Before the first migration there is no region table: nothing to check yet.
  }
}
