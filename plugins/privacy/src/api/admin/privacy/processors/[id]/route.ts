import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { deleteProcessorWorkflow } from "../../../../../workflows/processors/delete-processor"
import { updateProcessorWorkflow } from "../../../../../workflows/processors/update-processor"
import { AdminUpsertProcessorType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<Partial<AdminUpsertProcessorType>>, res: MedusaResponse) {
  const { result } = await updateProcessorWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ processor: await req.scope.resolve<PrivacyModuleService>("privacy").retrieveProcessor(result.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteProcessorWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "processor", deleted: true })
}
