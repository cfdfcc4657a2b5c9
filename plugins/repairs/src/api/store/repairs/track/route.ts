import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trackedRepair } from "../../../../utils/track"

/** JSON tracking for storefronts: the status history behind a signed link, no login. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { view, expires_at } = await trackedRepair(req, (req.validatedQuery as { token: string }).token)
  res.setHeader("Cache-Control", "no-store")
  res.json({ repair: view, expires_at })
}
