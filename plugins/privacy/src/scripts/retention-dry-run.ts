import { ExecArgs } from "@medusajs/framework/types"
import { previewRetention, runRetention } from "../utils/retention"

/**
 * Dry run from the command line:
 *   npx medusa exec ./node_modules/@softshop/medusa-privacy/.medusa/server/src/scripts/retention-dry-run.js
 * Prints the 30-day preview and the counts a run would have now; changes nothing but the audit log.
 */
export default async function retentionDryRun({ container }: ExecArgs) {
  const preview = await previewRetention(container, 30, 0)
  const run = await runRetention(container, { dryRun: true, actor: "cli:dry-run" })
  console.log(JSON.stringify({ preview: preview.counts, dry_run: run.counts }, null, 2))
}
