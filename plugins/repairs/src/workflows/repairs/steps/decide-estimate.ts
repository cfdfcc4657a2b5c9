import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { Via } from "../../../modules/repair/service"
import { undoRepairWrite } from "./undo-repair-write"

export type DecideEstimateInput = { id: string; decision: "approved" | "declined"; via: Via; actor: string }

/** Records the customer's decision on a pending estimate under the row lock, audited; compensation makes it pending again. */
export const decideEstimateStep = createStep(
  "repairs-decide-estimate",
  async (input: DecideEstimateInput, { container }) => {
    const { repair, undo } = await repairOf(container).decideEstimate(input)
    return new StepResponse({ id: repair.id }, undo)
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
