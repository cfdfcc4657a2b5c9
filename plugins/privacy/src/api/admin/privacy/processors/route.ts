import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { createProcessorWorkflow } from "../../../../workflows/processors/create-processor"
import { pageOf } from "../list-config"
import { AdminUpsertProcessorType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take, order } = pageOf(req, { name: "ASC" })
  const [processors, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountProcessors({}, { order, skip, take })
  res.json({ processors, count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertProcessorType>, res: MedusaResponse) {
  const { result } = await createProcessorWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ processor: await req.scope.resolve<PrivacyModuleService>("privacy").retrieveProcessor(result.id) })
}
