import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"
import { RepairRow } from "../../../modules/repair/types"

export type RecordRequestInput =
  | { kind: "keep_longer"; id: string; keep_until: string; via: "desk" | "store_api"; actor: string }
  | { kind: "delete_sooner"; id: string; text_version: string; via: "desk" | "store_api"; actor: string }
  | { kind: "data_wish"; id: string; text: string; via: "desk" | "store_api"; actor: string }

/**
 * Records a customer's wish about their data in one locked transaction (the
 * request row is the audit entry). Compensation: a recorded wish is a fact the
 * customer expressed and is kept; nothing after this step can fail but the mail.
 */
export const recordRequestStep = createStep("repairs-record-request", async (input: RecordRequestInput, { container }) => {
  const service = repairOf(container)
  let out: { repair: RepairRow; request: { id: string; kind: string; keep_until?: Date | string | null } }
  if (input.kind === "keep_longer") out = await service.requestKeepLonger({ ...input, keep_until: new Date(input.keep_until) })
  else if (input.kind === "delete_sooner") out = await service.requestDeleteSooner(input)
  else out = await service.addDataWish(input)
  return new StepResponse(out)
})
