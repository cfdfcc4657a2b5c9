import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetDevicePasswordInput, setDevicePasswordStep } from "./steps/set-device-password"

/**
 * Stores a device password/PIN, encrypted before the workflow starts (its input is the ciphertext).
 * Hook `devicePasswordSet` (ids only): a handler that throws rolls the write back.
 */
export const setDevicePasswordWorkflow = createWorkflow("repairs-set-device-password", (input: SetDevicePasswordInput) => {
  const out = setDevicePasswordStep(input)
  const devicePasswordSet = createHook("devicePasswordSet", out)
  return new WorkflowResponse(out, { hooks: [devicePasswordSet] })
})
