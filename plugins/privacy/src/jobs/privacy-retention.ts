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
    logger.warn(`privacy retention run not completed: ${e?.type ?? e?.name ?? "error"}`)
  }
}

export const config = { name: "privacy-retention", schedule: "15 3 * * *" }
