import { MedusaContainer } from "@medusajs/framework/types"
import PrivacyModuleService from "../modules/privacy/service"

/**
 * Resets a customer's personal-data clock (order placed, profile updated, login, keep-my-account link).
 * `at` is taken when the activity happened; the clock never moves backwards.
 */
export async function touchSubjectClock(container: MedusaContainer, customerId: string, at?: Date) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const when = at ?? privacy.now()
  const [clock] = await privacy.listSubjectClocks({ customer_id: customerId })
  if (!clock) {
    await privacy.createSubjectClocks({ customer_id: customerId, last_activity_at: when })
  } else if (new Date(clock.last_activity_at) < when) {
    await privacy.updateSubjectClocks({ id: clock.id, last_activity_at: when, warned_at: null })
  }
}

export const addMonths = (d: Date, months: number) => {
  const r = new Date(d)
  r.setUTCMonth(r.getUTCMonth() + months)
  return r
}

/** Orders created before this instant are past the fiscal window (N years after the end of their calendar year). */
export const fiscalCutoff = (now: Date, years: number) => new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1))
