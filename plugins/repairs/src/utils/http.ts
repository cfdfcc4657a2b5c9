import { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { repairOf } from "../modules/repair/resolve"
import RepairModuleService from "../modules/repair/service"
import { RepairRow } from "../modules/repair/types"

const REPAIR_ID = /^rep_[0-9A-Za-z]{1,60}$/

/** The repair named in the path; 404 for anything that is not a repair the caller may see. */
export async function loadRepair(req: MedusaRequest, customerId?: string): Promise<{ service: RepairModuleService; repair: RepairRow }> {
  const service = repairOf(req.scope)
  const id = req.params.id
  if (!REPAIR_ID.test(id ?? "")) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Repair was not found")
  return { service, repair: await service.getRepair(id, customerId) }
}

export const adminActor = (req: AuthenticatedMedusaRequest) => `user:${req.auth_context.actor_id}`

/** The logged-in customer's id; 401 without one (the Store routes allow anonymous callers only for tracking). */
export function customerIdOf(req: MedusaRequest): string {
  const id = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!id || (req as AuthenticatedMedusaRequest).auth_context?.actor_type !== "customer") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to see your repairs")
  }
  return id
}

/** 404 naming the field when an admin user id does not exist (assigning a technician). */
export async function assertUser(req: MedusaRequest, userId: string | null | undefined) {
  if (!userId) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id"], filters: { id: userId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `technician_user_id ${userId} was not found`)
}
