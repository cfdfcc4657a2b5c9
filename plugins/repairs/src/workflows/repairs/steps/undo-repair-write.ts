import { RepairUndo } from "../../../modules/repair/service"
import { repairOf } from "../../../modules/repair/resolve"
import { MedusaContainer } from "@medusajs/framework/types"

/**
 * The compensation the repair-write steps share: undoes exactly what the step's locked domain write did (the rows
 * it inserted, the withdrawals it stamped, the repair columns it changed), nothing when the repair moved on since.
 */
export async function undoRepairWrite(undo: RepairUndo | undefined, container: Pick<MedusaContainer, "resolve">) {
  if (undo) await repairOf(container).undoRepairWrite(undo)
}
