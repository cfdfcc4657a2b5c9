import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../modules/auction"
import AuctionModuleService from "../modules/auction/service"

type Window = { start: number; count: number }
const windows = new Map<string, Window>()

function hit(key: string, limit: number, windowMs: number, now: number): number {
  const w = windows.get(key)
  if (!w || now - w.start >= windowMs) {
    windows.set(key, { start: now, count: 1 })
    if (windows.size > 50_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k)
    return 0
  }
  w.count++
  return w.count > limit ? Math.ceil((w.start + windowMs - now) / 1000) : 0
}

/** Fixed-window limit on bids per customer and per IP address: 429 with Retry-After. */
export async function limitBids(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const service: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { bidRateLimitCustomer: c, bidRateLimitIp: i } = service.getOptions()
  const now = Date.now()
  const retry = Math.max(
    hit(`c:${req.auth_context?.actor_id}`, c.limit, c.windowSeconds * 1000, now),
    hit(`ip:${req.ip}`, i.limit, i.windowSeconds * 1000, now)
  )
  if (retry > 0) {
    res.setHeader("Retry-After", String(retry))
    res.status(429).json({ type: "too_many_requests", message: `Too many bids: try again in ${retry} s` })
    return
  }
  next()
}

export function assertCustomer(req: AuthenticatedMedusaRequest): string {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to bid")
  return id
}
