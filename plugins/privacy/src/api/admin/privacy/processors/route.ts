import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [processors, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountProcessors({}, { order: { name: "ASC" } })
  res.json({ processors, count, offset: 0, limit: count })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const processor = await req.scope.resolve<PrivacyModuleService>("privacy").createProcessors(req.validatedBody)
  res.status(201).json({ processor })
}
