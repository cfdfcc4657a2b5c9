import { EventEmitter } from "events"
import Redis from "ioredis"

export type LiveUpdate = { type: "bid" | "closed" | "cancelled"; lot_id: string; data: Record<string, unknown> }
type Logger = { warn: (msg: string) => void }

/**
 * Fan-out of lot updates to Server-Sent Event streams.
 *
 * Without a Redis URL it is in-process (one server). With one, every update is
 * published on a Redis pub/sub channel and every process that has streams open
 * subscribes to it, so a stream on server A shows the bids server B took and
 * the lots a worker closed. The publishing process receives its own update back
 * through Redis, so each stream sees each update once. Pub/sub is at most once:
 * a stream that missed an update catches up from its next snapshot (reconnect).
 *
 * On SIGTERM the open streams are ended (with a retry hint), so Medusa's
 * graceful shutdown, which waits for every request to finish, is not held up by
 * them and the browsers reconnect to another server.
 */
export class LiveHub {
  protected readonly emitter_ = new EventEmitter()
  protected readonly streams_ = new Set<() => void>()
  protected readonly channel_: string
  protected publisher_?: Redis
  protected subscriber_?: Redis
  protected subscribed_?: Promise<void>
  protected onSignal_?: () => void

  constructor(
    protected readonly redisUrl_: string | undefined,
    protected readonly logger_: Logger
  ) {
    this.emitter_.setMaxListeners(0)
    // Pub/sub channels are not scoped by the database index: name the index in the channel.
    const db = redisUrl_ ? new URL(redisUrl_).pathname.replace(/^\//, "") || "0" : "0"
    this.channel_ = `softshop:auctions:live:${db}`
  }

  get distributed() {
    return !!this.redisUrl_
  }

  protected deliver_(update: LiveUpdate) {
    this.emitter_.emit(`lot:${update.lot_id}`, update)
  }

  /** Publishes one update to every stream of the lot, on every server. Never throws. */
  async publish(update: LiveUpdate): Promise<void> {
    if (!this.redisUrl_) return this.deliver_(update)
    try {
      this.publisher_ ??= new Redis(this.redisUrl_, { maxRetriesPerRequest: 2, lazyConnect: false })
      await this.publisher_.publish(this.channel_, JSON.stringify(update))
    } catch (e) {
      // Redis is down: at least this server's streams see it.
      this.logger_.warn(`auctions: live update not published through Redis (${(e as Error).name}); delivered on this server only`)
      this.deliver_(update)
    }
  }

  /** Resolves once this process receives the updates of every server (at once without Redis). */
  ready(): Promise<void> {
    if (!this.redisUrl_) return Promise.resolve()
    this.subscribed_ ??= (async () => {
      const sub = new Redis(this.redisUrl_!, { maxRetriesPerRequest: null })
      this.subscriber_ = sub
      sub.on("error", () => undefined) // ioredis reconnects and resubscribes by itself
      sub.on("message", (channel, message) => {
        if (channel !== this.channel_) return
        try {
          this.deliver_(JSON.parse(message) as LiveUpdate)
        } catch {
          this.logger_.warn("auctions: malformed live update ignored")
        }
      })
      await sub.subscribe(this.channel_)
    })().catch((e) => {
      this.subscribed_ = undefined
      throw e
    })
    return this.subscribed_
  }

  /** Calls fn for every update of the lot; returns the unsubscribe function. */
  subscribe(lotId: string, fn: (u: LiveUpdate) => void): () => void {
    this.emitter_.on(`lot:${lotId}`, fn)
    return () => this.emitter_.off(`lot:${lotId}`, fn)
  }

  /** Registers an open stream's closer: called on SIGTERM. Returns the deregistration. */
  track(close: () => void): () => unknown {
    if (!this.onSignal_) {
      this.onSignal_ = () => this.closeStreams()
      process.once("SIGTERM", this.onSignal_)
      process.once("SIGINT", this.onSignal_)
    }
    this.streams_.add(close)
    return () => this.streams_.delete(close)
  }

  closeStreams() {
    for (const close of [...this.streams_]) close()
    this.streams_.clear()
  }

  async close() {
    this.closeStreams()
    if (this.onSignal_) {
      process.off("SIGTERM", this.onSignal_)
      process.off("SIGINT", this.onSignal_)
      this.onSignal_ = undefined
    }
    await Promise.all([this.publisher_?.quit().catch(() => undefined), this.subscriber_?.quit().catch(() => undefined)])
    this.publisher_ = this.subscriber_ = this.subscribed_ = undefined
  }
}
