import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { pageOf } from "../list-config"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take, order } = pageOf(req, { name: "ASC" })
  const [processors, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountProcessors({}, { order, skip, take })
  res.json({ processors, count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const processor = await req.scope.resolve<PrivacyModuleService>("privacy").createProcessors(req.validatedBody)
  res.status(201).json({ processor })
}
