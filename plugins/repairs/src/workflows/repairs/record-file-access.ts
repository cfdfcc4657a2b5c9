import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RecordFileAccessInput, recordFileAccessStep } from "./steps/record-file-access"

/**
 * An access to the customer's files, allowed only under an active grant of its scope; refused with a 403 naming the scope otherwise (the attempt is logged).
 * Hook `fileAccessRecorded` (ids only): a handler that throws rolls the write back.
 */
export const recordFileAccessWorkflow = createWorkflow("repairs-record-file-access", (input: RecordFileAccessInput) => {
  const out = recordFileAccessStep(input)
  const fileAccessRecorded = createHook("fileAccessRecorded", out)
  return new WorkflowResponse(out, { hooks: [fileAccessRecorded] })
})
