import { ExecArgs } from "@medusajs/framework/types"
import { repairReviewSummariesWorkflow } from "../workflows/reviews/repair-summaries"

/** `npx medusa exec ./node_modules/@softshop/medusa-reviews/.medusa/server/src/scripts/repair-summaries.js` */
export default async function repairSummaries({ container }: ExecArgs) {
  const { result } = await repairReviewSummariesWorkflow(container).run()
  const { products_checked, drift } = result
  console.log(`reviews: checked ${products_checked} product summaries, corrected ${drift.length}`)
  for (const d of drift) console.log(`  ${d.product_id}: stored ${JSON.stringify(d.stored)} → actual ${JSON.stringify(d.actual)}`)
}
