import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MULTISAFEPAY_MODULE } from "../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../modules/multisafepay/service"

/** Marks an open dispute resolved (409 when it already is); compensation reopens it. */
export const resolveDisputeStep = createStep(
  "multisafepay-resolve-dispute",
  async (input: { id: string; actor: string }, { container }) => {
    const store = container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
    const [dispute] = await store.listDisputes({ id: input.id }, { take: 1 })
    if (!dispute) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dispute ${input.id} was not found`)
    if (dispute.status !== "open") throw new MedusaError(MedusaError.Types.CONFLICT, `Dispute ${input.id} is already ${dispute.status}`)
    const resolved = await store.updateDisputes({ id: input.id, status: "resolved", resolved_at: new Date(), resolved_by: input.actor })
    return new StepResponse(resolved, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE).updateDisputes({ id, status: "open", resolved_at: null, resolved_by: null })
  }
)
