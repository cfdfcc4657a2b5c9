import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { findFailingRun, runsAround } from "../../../utils/failed-subjects"

type Snapshot = { id: string; failed_at: Date; last_activity_at: Date }

/**
 * Clears `failed_at` so the next retention run tries the subject again (404 when no failure is recorded).
 * Compensation restores the clock as it was.
 */
export const clearSubjectFailureStep = createStep(
  "privacy-clear-subject-failure",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const [clock] = await privacy.listSubjectClocks({ customer_id })
    if (!clock?.failed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No failed erasure is recorded for customer ${customer_id}`)
    }
    const failedAt = new Date(clock.failed_at)
    const found = findFailingRun(await runsAround(container, failedAt, failedAt), customer_id, failedAt)
    const update: { id: string; failed_at: null; last_activity_at?: Date } = { id: clock.id, failed_at: null }
    // A failed erasure can delete the subject's clock before it fails; the run then records the failure on a
    // new clock whose last activity is the run's start. That is no activity of the customer and would put the
    // retry a whole retention window off: count from registration and orders again. A login since the failure
    // moved last_activity_at and is kept.
    if (found && new Date(clock.last_activity_at).getTime() === new Date(found.run.started_at).getTime()) {
      const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customer_id }, { select: ["id", "created_at"] })
      if (customer) update.last_activity_at = new Date(customer.created_at as Date)
    }
    await privacy.updateSubjectClocks(update)
    const snapshot: Snapshot = { id: clock.id, failed_at: failedAt, last_activity_at: new Date(clock.last_activity_at) }
    return new StepResponse({ customer_id, subject_clock_id: clock.id, run_id: found?.run.id ?? null }, snapshot)
  },
  async (snapshot, { container }) => {
    if (snapshot) await container.resolve<PrivacyModuleService>("privacy").updateSubjectClocks(snapshot)
  }
)
