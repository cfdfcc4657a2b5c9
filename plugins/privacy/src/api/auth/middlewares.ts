import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../modules/privacy/service"
import { touchSubjectClockWorkflow } from "../../workflows/subject-clocks/touch-subject-clock"

/**
 * Logging in resets the personal-data clock (P10). Medusa emits no login event, so this watches the
 * token the login route itself answers with; a failed reset never fails the login.
 */
function resetClockOnLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: { token?: string }) => {
    if (res.statusCode < 300 && typeof body?.token === "string") {
      try {
        const payload = JSON.parse(Buffer.from(body.token.split(".")[1], "base64url").toString("utf8"))
        if (payload.actor_type === "customer" && payload.actor_id) {
          const at = req.scope.resolve<PrivacyModuleService>("privacy").now()
          touchSubjectClockWorkflow(req.scope)
            .run({ input: { customer_id: payload.actor_id, at } })
            .catch(() => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("privacy: could not reset the clock after a login"))
        }
      } catch {
        // Not a JWT: nothing to reset.
      }
    }
    return json(body)
  }) as MedusaResponse["json"]
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [{ matcher: "/auth/customer/:provider", methods: ["POST"], middlewares: [resetClockOnLogin] }]
