import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { CreateRepairInput } from "../../../modules/repair/service"

/** Records the repair at intake; compensation removes it with everything recorded on it. */
export const createRepairStep = createStep(
  "repairs-create-repair",
  async (input: CreateRepairInput, { container }) => {
    const repair = await repairOf(container).createRepair(input)
    return new StepResponse(repair, repair.id)
  },
  async (id, { container }) => {
    if (id) await repairOf(container).purgeRepair(id)
  }
)
