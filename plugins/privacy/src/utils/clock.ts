import { MedusaContainer } from "@medusajs/framework/types"
import PrivacyModuleService from "../modules/privacy/service"

/** Resets a customer's personal-data clock (order placed, profile updated, keep-my-account link). */
export async function touchSubjectClock(container: MedusaContainer, customerId: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const [clock] = await privacy.listSubjectClocks({ customer_id: customerId })
  if (clock) {
    await privacy.updateSubjectClocks({ id: clock.id, last_activity_at: privacy.now(), warned_at: null })
  } else {
    await privacy.createSubjectClocks({ customer_id: customerId, last_activity_at: privacy.now() })
  }
}

export const addMonths = (d: Date, months: number) => {
  const r = new Date(d)
  r.setUTCMonth(r.getUTCMonth() + months)
  return r
}

/** Orders created before this instant are past the fiscal window (N years after the end of their calendar year). */
export const fiscalCutoff = (now: Date, years: number) => new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1))
