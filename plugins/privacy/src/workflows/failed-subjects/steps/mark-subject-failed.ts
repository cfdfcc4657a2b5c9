import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/**
 * Marks a subject whose erasure failed in a retention run (`failed_at` at the privacy clock's now): reported once,
 * skipped by later runs until an admin clears it. A failed erasure may already have removed the clock; the new one
 * carries only the mark, its activity at the epoch (neutral in the max() the clock takes), so clearing the mark
 * retries at the next run. Compensation puts the previous `failed_at` back, or deletes the clock it created.
 */
export const markSubjectFailedStep = createStep(
  "privacy-mark-subject-failed",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [clock] = await privacy.listSubjectClocks({ customer_id })
    if (clock) {
      await privacy.updateSubjectClocks({ id: clock.id, failed_at: privacy.now() })
      const previous = clock.failed_at ? new Date(clock.failed_at) : null
      return new StepResponse({ subject_clock_id: clock.id }, { id: clock.id, failed_at: previous, created: false })
    }
    const created = await privacy.createSubjectClocks({ customer_id, last_activity_at: new Date(0), failed_at: privacy.now() })
    return new StepResponse({ subject_clock_id: created.id }, { id: created.id, failed_at: null, created: true })
  },
  async (previous, { container }) => {
    if (!previous) return
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    if (previous.created) await privacy.deleteSubjectClocks(previous.id)
    else await privacy.updateSubjectClocks({ id: previous.id, failed_at: previous.failed_at })
  }
)
