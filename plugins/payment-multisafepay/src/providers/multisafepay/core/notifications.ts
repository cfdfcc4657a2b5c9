import { Logger, ProviderWebhookPayload } from "@medusajs/framework/types"
import { MultiSafepayApiError, MultiSafepayClient } from "./client"
import { ResolvedMultiSafepayOptions } from "./options"
import type { Clock } from "./clock"
import { verifyNotification } from "./signature"
import { mapMspStatus, MspState } from "./status"
import { MspOrder } from "./types"

/**
 * One status transition of an order: status, financial status and MultiSafepay's `modified` time. Copies
 * of one notification share it; the same status reached again later (authorized, voided, authorized
 * again) does not.
 */
const transitionKey = (o: Partial<MspOrder>) => `${o.status}:${o.financial_status}:${o.modified ?? ""}`

/**
 * Decides, across every process of the shop, which copy of a paid notification acts: the first to claim a
 * transition within `webhookDedupeSeconds`. The plugin's subscriber passes one backed by Medusa's locking
 * module (Redis in production), so two servers or workers receiving copies of one notification run
 * Medusa's payment workflow once; without one (provider-only installs) only this process is consulted.
 */
export type RepeatGuard = {
  /** True when this caller is the first to claim `key`; the claim lapses after `ttlSeconds`. */
  claim(key: string, ttlSeconds: number): Promise<boolean>
  /** Gives a claim back (acting on it failed, so MultiSafepay's retry must get through). */
  release(key: string): Promise<void>
}

const guardKey = (orderId: string, repeatKey: string) => `multisafepay:notification:${orderId}:${repeatKey}`

/**
 * Remembers, shop-wide, which notifications were already handed over (a hint only: the plugin's subscriber
 * backs it with Medusa's cache module, Redis in production). Dropping a copy because of it saves work;
 * acting exactly once is the locking module's claim and Medusa's idempotent payment workflow.
 */
export type HeardStore = {
  has(key: string): Promise<boolean>
  add(key: string, ttlSeconds: number): Promise<void>
  remove(key: string): Promise<void>
}

const heardKeyOf = (orderId: string, transition: string) => `multisafepay:heard:${orderId}:${transition}`

/** What the webhook route makes of a request before answering it (`NotificationReader.screen`). */
export type ScreenedWebhook =
  | { verdict: "rejected"; status: 400 | 401; reason: string }
  /** Verified, but nothing to act on (`pretransaction` noise). */
  | { verdict: "ignored" }
  /** Verified and well-formed: the order it is about and the transition it reports (see `transitionKey`). */
  | { verdict: "accepted"; orderId: string; transition: string }

/** A notification worth acting on: the order as MultiSafepay reports it now, and its session. */
export type MspNotification = {
  sessionId: string
  order: MspOrder
  state: MspState
  /** Set for paid states: the transition (see `transitionKey`) that now counts as acted on for this order (see `forget`). */
  repeatKey?: string
}

/**
 * Reads a MultiSafepay webhook: verifies the `Auth` header over the raw body before parsing anything,
 * drops pretransaction noise and bursts of repeats, then re-fetches `GET /orders/{order_id}` because a
 * notification is only a hint. Returns undefined for anything not to act on; rejections are logged
 * with a reason only, never with body contents.
 */
export class NotificationReader {
  /** order_id → (transition → until when a repeat of it is dropped; webhookDedupeSeconds). */
  private readonly actedOn_ = new Map<string, Map<string, number>>()
  /** order_id → (transition as notified → until when a copy of it is acknowledged without a hand-over). */
  private readonly heard_ = new Map<string, Map<string, number>>()
  /** When this process last received a webhook with a valid signature (the admin's health view). */
  lastVerifiedAt: Date | null = null

  constructor(
    private readonly client: MultiSafepayClient,
    private readonly options: ResolvedMultiSafepayOptions,
    private readonly logger: Logger,
    private readonly clock: Clock
  ) {}

  /**
   * What the webhook route does before it answers: verifies the `Auth` header over the raw body, parses it
   * and checks it names an order. No network, no database. Rejections are logged with a reason only.
   */
  screen(payload: Pick<ProviderWebhookPayload["payload"], "rawData" | "headers">): ScreenedWebhook {
    const parsed = this.verifyAndParse(payload)
    if ("rejected" in parsed) return { verdict: "rejected", status: parsed.status, reason: parsed.rejected }
    const note = parsed.note
    if (note.payload_type === "pretransaction") return { verdict: "ignored" }
    if (typeof note.order_id !== "string" || !note.order_id) {
      this.logger.warn("MultiSafepay webhook rejected: no order_id")
      return { verdict: "rejected", status: 400, reason: "the notification has no order_id" }
    }
    return { verdict: "accepted", orderId: note.order_id, transition: transitionKey(note) }
  }

  /**
   * Whether an accepted notification must be handed over (true) or is a copy of one already handed over
   * within `webhookDedupeSeconds` (false: acknowledge and drop it). Check-and-set in this process is
   * synchronous, so of concurrent copies exactly one is handed over here; `heard` (the cache module)
   * extends that to copies another server received. Unknown to both, or `webhookDedupeSeconds` 0: hand over.
   */
  async admit(orderId: string, transition: string, heard?: HeardStore): Promise<boolean> {
    const ttl = this.options.webhookDedupeSeconds
    if (!ttl) return true
    const now = this.clock.now().getTime()
    const mine = this.heard_.get(orderId) ?? new Map<string, number>()
    if ((mine.get(transition) ?? 0) > now) return false
    if (this.heard_.size > 10_000) {
      for (const [id, keys] of this.heard_) if ([...keys.values()].every((until) => until <= now)) this.heard_.delete(id)
    }
    mine.set(transition, now + ttl * 1000)
    this.heard_.set(orderId, mine)
    if (!heard) return true
    const key = heardKeyOf(orderId, transition)
    try {
      if (await heard.has(key)) {
        // Handed over by another server: this process's memory keeps only its own hand-overs (should that
        // server fail and give it back, the retry must get through here).
        mine.delete(transition)
        return false
      }
      await heard.add(key, ttl)
    } catch {
      // The cache is only a shortcut: when it fails, hand the notification over (the claim decides).
    }
    return true
  }

  /** Handling a handed-over notification failed: its next copy is handed over again (here and, via `heard`, elsewhere). */
  async unhear(note: Partial<MspOrder>, heard?: HeardStore) {
    if (typeof note.order_id !== "string") return
    const transition = transitionKey(note)
    this.heard_.get(note.order_id)?.delete(transition)
    await heard?.remove(heardKeyOf(note.order_id, transition)).catch(() => undefined)
  }

  /** The notification, verified and parsed, when it names an order and is not `pretransaction` noise; else undefined. */
  verified(payload: Pick<ProviderWebhookPayload["payload"], "rawData" | "headers">): (Partial<MspOrder> & { order_id: string }) | undefined {
    const parsed = this.verifyAndParse(payload)
    if ("rejected" in parsed) return undefined
    const note = parsed.note
    if (note.payload_type === "pretransaction" || typeof note.order_id !== "string" || !note.order_id) return undefined
    return note as Partial<MspOrder> & { order_id: string }
  }

  async read(payload: ProviderWebhookPayload["payload"], guard?: RepeatGuard): Promise<MspNotification | undefined> {
    const note = this.verified(payload)
    return note ? this.fetch(note, guard) : undefined
  }

  /**
   * Acts on a verified notification's hint: re-fetches `GET /orders/{order_id}` and, for a paid state, claims
   * the transition (in this process, then through `guard` in the shop). Undefined when there is nothing to act on.
   */
  async fetch(note: Partial<MspOrder> & { order_id: string }, guard?: RepeatGuard): Promise<MspNotification | undefined> {
    // A copy of a paid status acted on moments ago: nothing to re-fetch (MultiSafepay's retries and
    // duplicates arrive in bursts). Any other status, or the same one after the window, is re-fetched.
    if (this.actedOn(note.order_id, transitionKey(note))) return undefined
    let order: MspOrder
    try {
      order = await this.client.getOrder(note.order_id)
    } catch (e) {
      if (e instanceof MultiSafepayApiError && e.mspCode === 1006) return undefined
      throw e
    }
    const sessionId = order.var1
    if (!sessionId) return undefined
    const state = mapMspStatus(order.status, order.financial_status, order.payment_details?.capture === "manual")
    if (state !== "captured" && state !== "authorized") {
      // The order left the paid state (voided, cancelled): a later "paid" is new, not a repeat.
      this.actedOn_.delete(order.order_id)
      return { sessionId, order, state }
    }
    // Same truth as a notification handled moments ago: Medusa's workflow is idempotent, but running it
    // again for every duplicate only queues behind the cart lock. Check-and-set is synchronous, so of
    // concurrent copies exactly one goes on.
    const repeatKey = transitionKey(order)
    if (this.isRepeat(order.order_id, repeatKey)) return undefined
    // This process lets one copy through; the guard then lets one process through.
    if (guard && this.options.webhookDedupeSeconds > 0 && !(await guard.claim(guardKey(order.order_id, repeatKey), this.options.webhookDedupeSeconds))) {
      // Another process acts on it; should that fail, it gives the claim back and a retry may land here.
      this.actedOn_.get(order.order_id)?.delete(repeatKey)
      return undefined
    }
    return { sessionId, order, state, repeatKey }
  }

  /** Acting on a notification failed: let its next copy (MultiSafepay retries) through again, in every process. */
  async forget(note: Pick<MspNotification, "order" | "repeatKey">, guard?: RepeatGuard) {
    if (!note.repeatKey) return
    this.actedOn_.get(note.order.order_id)?.delete(note.repeatKey)
    await guard?.release(guardKey(note.order.order_id, note.repeatKey))
  }

  /** Verifies the `Auth` header over the raw body before parsing anything, then parses it. */
  private verifyAndParse(
    payload: Pick<ProviderWebhookPayload["payload"], "rawData" | "headers">,
    { quiet = false } = {}
  ): { note: Partial<MspOrder> } | { rejected: string; status: 400 | 401 } {
    const reject = (reason: string, status: 400 | 401) => {
      if (!quiet) this.logger.warn(`MultiSafepay webhook rejected: ${reason}`)
      return { rejected: reason, status }
    }
    const raw = payload.rawData
    const rawBody = Buffer.isBuffer(raw) ? raw : typeof raw === "string" ? Buffer.from(raw, "utf8") : undefined
    const header = payload.headers?.["auth"] as string | undefined
    if (!rawBody?.length) return reject("empty body", 400)
    const check = verifyNotification(rawBody, header, this.options.apiKey, Math.floor(this.clock.now().getTime() / 1000), this.options.webhookToleranceSeconds)
    if (!check.valid) return reject(check.reason, 401)
    this.lastVerifiedAt = this.clock.now()
    try {
      // Plain JSON.parse (native, several times faster than the lossless reader): only the order id, statuses and
      // `modified` of the body are used, never its 17-digit ids — acting uses the re-fetched order (lossless).
      const note: unknown = JSON.parse(rawBody.toString("utf8"))
      if (!note || typeof note !== "object" || Array.isArray(note)) return reject("body is not a JSON object", 400)
      return { note: note as Partial<MspOrder> }
    } catch {
      return reject("body is not JSON", 400)
    }
  }

  private actedOn(orderId: string, key: string) {
    return this.options.webhookDedupeSeconds > 0 && (this.actedOn_.get(orderId)?.get(key) ?? 0) > this.clock.now().getTime()
  }

  private isRepeat(orderId: string, key: string) {
    const ttl = this.options.webhookDedupeSeconds * 1000
    if (!ttl) return false
    const now = this.clock.now().getTime()
    const seen = this.actedOn_.get(orderId) ?? new Map<string, number>()
    if ((seen.get(key) ?? 0) > now) return true
    if (this.actedOn_.size > 10_000) {
      for (const [id, keys] of this.actedOn_) if ([...keys.values()].every((until) => until <= now)) this.actedOn_.delete(id)
    }
    seen.set(key, now + ttl)
    this.actedOn_.set(orderId, seen)
    return false
  }
}
