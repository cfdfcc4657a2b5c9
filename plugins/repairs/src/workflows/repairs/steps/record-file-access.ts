import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ConsentScope } from "../../../modules/repair/constants"
import { repairOf } from "../../../modules/repair/resolve"
import { undoRepairWrite } from "./undo-repair-write"

export type RecordFileAccessInput = { id: string; scope: ConsentScope; reason: string; actor: string }

/**
 * Records an access to the customer's files under an active grant of its scope. Without one: a 403 naming the
 * missing scope, and the refused attempt, already in the access log, stays. Compensation removes the entry.
 */
export const recordFileAccessStep = createStep(
  "repairs-record-file-access",
  async (input: RecordFileAccessInput, { container }) => {
    const out = await repairOf(container).recordFileAccess(input)
    if (!out.allowed) throw new MedusaError(MedusaError.Types.FORBIDDEN, out.message!)
    return new StepResponse({ id: input.id, file_access_id: out.access.id }, { repair_id: input.id, access_ids: [out.access.id] })
  },
  async (undo, { container }) => undoRepairWrite(undo, container)
)
