import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicLot } from "../../../../../utils/serialize"
import { loadLot } from "../../helpers"

/**
 * Server-Sent Events for one lot: a `snapshot` first (with the server time),
 * then `bid`, `closed` and `cancelled` events, and a `ping` every 15 s. With
 * the module's redisUrl every server's streams see every server's updates; the
 * snapshot is sent once this server receives them. On shutdown the stream ends
 * with a retry hint, and the browser reconnects (to another server).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  const live = auction.live()
  await live.ready()
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const now = auction.now()
  send("snapshot", { auction: publicLot(lot, now, auction.minimumNextBidOf(lot)), server_time: now.toISOString() })
  const unsubscribe = live.subscribe(lot.id, (u) => send(u.type, { ...u.data, server_time: auction.now().toISOString() }))
  const ping = setInterval(() => send("ping", { server_time: auction.now().toISOString() }), 15_000)
  let untrack: () => unknown = () => undefined
  const stop = () => {
    clearInterval(ping)
    unsubscribe()
    untrack()
  }
  untrack = live.track(() => {
    stop()
    res.write("retry: 1000\n\n")
    res.end()
  })
  req.on("close", stop)
}
