import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AssignTechnicianInput, assignTechnicianStep } from "./steps/assign-technician"

/**
 * Assigns (or unassigns) a repair's technician, the only one who can read its device password.
 * Hook `technicianAssigned` (ids only): a handler that throws rolls the write back.
 */
export const assignTechnicianWorkflow = createWorkflow("repairs-assign-technician", (input: AssignTechnicianInput) => {
  const out = assignTechnicianStep(input)
  const technicianAssigned = createHook("technicianAssigned", out)
  return new WorkflowResponse(out, { hooks: [technicianAssigned] })
})
