import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

export type TouchSubjectClockInput = { customer_id: string; /** When the activity happened; the privacy clock's now when left out. */ at?: Date }

type Undo = { created: string } | { restore: { id: string; last_activity_at: Date; warned_at: Date | null } } | null

/**
 * Resets a customer's personal-data clock (order placed, profile updated, login, keep-my-account link): a new
 * clock, or the activity moved forward and the warning forgotten; the clock never moves backwards.
 * Compensation deletes the created clock or puts the previous activity and warning back.
 */
export const touchSubjectClockStep = createStep(
  "privacy-touch-subject-clock",
  async (input: TouchSubjectClockInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const when = input.at ? new Date(input.at) : privacy.now()
    const [clock] = await privacy.listSubjectClocks({ customer_id: input.customer_id })
    if (!clock) {
      const created = await privacy.createSubjectClocks({ customer_id: input.customer_id, last_activity_at: when })
      return new StepResponse({ subject_clock_id: created.id, moved: true }, { created: created.id } as Undo)
    }
    if (new Date(clock.last_activity_at) >= when) return new StepResponse({ subject_clock_id: clock.id, moved: false }, null as Undo)
    await privacy.updateSubjectClocks({ id: clock.id, last_activity_at: when, warned_at: null })
    const restore = { id: clock.id, last_activity_at: new Date(clock.last_activity_at), warned_at: clock.warned_at ? new Date(clock.warned_at) : null }
    return new StepResponse({ subject_clock_id: clock.id, moved: true }, { restore } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    if ("created" in undo) await privacy.deleteSubjectClocks(undo.created)
    else await privacy.updateSubjectClocks(undo.restore)
  }
)
