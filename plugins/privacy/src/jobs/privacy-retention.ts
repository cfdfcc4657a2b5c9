import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runRetention } from "../utils/retention"

/** Daily retention run (bounded batches, lock-protected, resumable). */
export default async function privacyRetentionJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const run = await runRetention(container, { dryRun: false, actor: "job:privacy-retention" })
    logger.info(`privacy retention run ${run.id}: ${JSON.stringify(run.counts)}`)
  } catch (e: any) {
    // The cause (type and message), never an address.
    const message = String(e?.message ?? e)
      .replace(/[^\s@]+@[^\s@]+/g, "[e-mail]")
      .slice(0, 300)
    logger.warn(`privacy retention run not completed (${e?.type ?? e?.name ?? "error"}): ${message}`)
  }
}

/**
 * Daily at 03:15 (server time). PRIVACY_RETENTION_SCHEDULE (a cron expression, read when the worker loads the
 * job) overrides it, e.g. "* * * * *" in the scale tier, which checks one run per tick with two workers.
 */
export const config = { name: "privacy-retention", schedule: process.env.PRIVACY_RETENTION_SCHEDULE || "15 3 * * *" }
