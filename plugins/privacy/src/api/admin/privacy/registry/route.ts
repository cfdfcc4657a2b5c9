import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { discoverPersonalDataProviders } from "../../../../utils/registry"

/** The personal-data registry: every module found implementing the privacy contract. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const providers = discoverPersonalDataProviders(req.scope).map((p) => ({
    ...p.getPersonalDataDescriptor(),
    has_legal_holds: typeof p.getLegalHolds === "function",
  }))
  res.json({ providers, count: providers.length })
}
