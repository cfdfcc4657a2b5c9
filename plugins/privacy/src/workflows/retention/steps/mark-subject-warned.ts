import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/**
 * Records that the retention warning went out (the grace period starts now): `warned_at` on the subject's
 * clock, or a new clock that carries only the mark (activity at the epoch, neutral in the clock's max()).
 * Compensation puts the previous `warned_at` back, or deletes the clock it created.
 */
export const markSubjectWarnedStep = createStep(
  "privacy-mark-subject-warned",
  async (customerId: string, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [clock] = await privacy.listSubjectClocks({ customer_id: customerId })
    if (clock) {
      await privacy.updateSubjectClocks({ id: clock.id, warned_at: privacy.now() })
      return new StepResponse(undefined, { id: clock.id, warned_at: clock.warned_at ?? null, created: false })
    }
    const created = await privacy.createSubjectClocks({ customer_id: customerId, last_activity_at: new Date(0), warned_at: privacy.now() })
    return new StepResponse(undefined, { id: created.id, warned_at: null, created: true })
  },
  async (previous, { container }) => {
    if (!previous) return
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    if (previous.created) await privacy.deleteSubjectClocks(previous.id)
    else await privacy.updateSubjectClocks({ id: previous.id, warned_at: previous.warned_at })
  }
)
