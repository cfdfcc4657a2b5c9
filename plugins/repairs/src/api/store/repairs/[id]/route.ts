import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf, loadRepair } from "../../../../utils/http"
import { storeRepair } from "../../../../utils/serialize"

/** One of the customer's own repairs; another customer's id is a 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req, customerIdOf(req))
  res.json({ repair: storeRepair(await service.dossier(repair.id)) })
}
