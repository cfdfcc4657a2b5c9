import { EventEmitter } from "events"

/**
 * In-process fan-out of lot updates to Server-Sent Event streams. One emitter
 * per process: with several server instances, each streams the bids it took
 * (see README, "Not yet built").
 */
const hub = new EventEmitter()
hub.setMaxListeners(0)

export type LiveUpdate = { type: "bid" | "closed" | "cancelled"; lot_id: string; data: Record<string, unknown> }

export const publishLotUpdate = (update: LiveUpdate) => hub.emit(`lot:${update.lot_id}`, update)

export function subscribeLot(lotId: string, fn: (u: LiveUpdate) => void) {
  hub.on(`lot:${lotId}`, fn)
  return () => hub.off(`lot:${lotId}`, fn)
}
