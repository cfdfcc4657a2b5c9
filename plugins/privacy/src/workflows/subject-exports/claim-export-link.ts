import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportLinkRef } from "../../utils/subject-export"
import { claimExportLinkStep } from "./steps/claim-export-link"

/** The lock of one download link (by its nonce): two downloads at once cannot both claim it. */
export const exportLinkLockKey = (nonce: string) => `privacy:export-link:${nonce}`

/**
 * A single-use export link is downloaded: claimed once under its lock, audit-logged by the link's nonce. The
 * answer is a result value, `{ claimed: false }` for a link used before (the route answers 410).
 */
export const claimExportLinkWorkflow = createWorkflow(
  "privacy-claim-export-link",
  (input: { customer_id: string; nonce: string; counts: Record<string, number> }) => {
    const key = transform({ input }, ({ input }) => exportLinkLockKey(input.nonce))
    acquireLockStep({ key, timeout: 5, ttl: 30 })
    const claim = claimExportLinkStep(
      transform({ input }, ({ input }) => ({ customer_id: input.customer_id, link_ref: exportLinkRef(input.nonce), counts: input.counts }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(claim)
  }
)
