import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../modules/privacy/service"

async function find(req: AuthenticatedMedusaRequest) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const [found] = await privacy.listProcessors({ id: req.params.id })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Processor ${req.params.id} was not found`)
  return { privacy, found }
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { privacy, found } = await find(req)
  const [processor] = await privacy.updateProcessors([{ id: found.id, ...req.validatedBody }])
  res.json({ processor })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { privacy, found } = await find(req)
  await privacy.deleteProcessors(found.id)
  res.json({ id: found.id, object: "processor", deleted: true })
}
