import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { subscribeLot } from "../../../../../utils/live"
import { publicLot } from "../../../../../utils/serialize"
import { loadLot } from "../../helpers"

/**
 * Server-Sent Events for one lot: a `snapshot` first (with the server time),
 * then `bid`, `closed` and `cancelled` events, and a `ping` every 15 s.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const now = auction.now()
  send("snapshot", { auction: publicLot(lot, now, auction.minimumNextBidOf(lot)), server_time: now.toISOString() })
  const unsubscribe = subscribeLot(lot.id, (u) => send(u.type, { ...u.data, server_time: auction.now().toISOString() }))
  const ping = setInterval(() => send("ping", { server_time: auction.now().toISOString() }), 15_000)
  req.on("close", () => {
    clearInterval(ping)
    unsubscribe()
  })
}
