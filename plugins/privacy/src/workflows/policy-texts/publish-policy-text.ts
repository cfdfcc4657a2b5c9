import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPolicyTextStep, type PolicyTextInput } from "./steps/create-policy-text"

/** One version's lock: two admins publishing the same kind, version and locale at once cannot both pass the check. */
export const policyTextLockKey = (t: Pick<PolicyTextInput, "kind" | "locale" | "version">) => `privacy:policy-text:${t.kind}:${t.locale}:${t.version}`

/** An admin publishes a new version of the cookie text or privacy statement (the route fills in the default locale). */
export const publishPolicyTextWorkflow = createWorkflow("privacy-publish-policy-text", (input: PolicyTextInput) => {
  const key = transform({ input }, ({ input }) => policyTextLockKey(input))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const text = createPolicyTextStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(text)
})
