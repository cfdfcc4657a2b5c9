import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBanWorkflow } from "../../../../workflows/auctions/delete-ban"

/** Lifts a ban. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteBanWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "auction_ban", deleted: true })
}
