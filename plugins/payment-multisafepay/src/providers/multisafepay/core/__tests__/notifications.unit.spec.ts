import { asValue } from "@medusajs/framework/awilix"
import { createMedusaContainer, Modules } from "@medusajs/framework/utils"
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { lockingRepeatGuard } from "../../../../utils/repeat-guard"
import { AdjustableClock } from "../clock"
import { MultiSafepayClient } from "../client"
import { NotificationReader } from "../notifications"
import { parseOptions } from "../options"
// The fake MultiSafepay is a real HTTP server (integration-tests/fakes/multisafepay).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { startFakeMultiSafepay } = require("../../../../../../../integration-tests/fakes/multisafepay/server.js")

const API_KEY = "unit-msp-key-0123456789abcdefghijklmnop"

describe("MultiSafepay notification reader", () => {
  let fake: any
  let reader: NotificationReader
  const warnings: string[] = []
  const logger = { warn: (m: string) => warnings.push(m) } as any

  beforeAll(async () => {
    fake = await startFakeMultiSafepay({ apiKey: API_KEY })
    const options = parseOptions({ apiKey: API_KEY, apiBaseUrl: fake.apiUrl })
    reader = new NotificationReader(new MultiSafepayClient(fake.apiUrl, API_KEY), options, logger, new AdjustableClock())
  })
  afterAll(() => fake.close())

  const created = (orderId: string) =>
    fake.createOrder({ order_id: orderId, currency: "EUR", amount: 1000, description: "unit", var1: `payses_${orderId}`, payment_options: {} })
  /** The payload Medusa's webhook route hands over: the raw body and the signed Auth header. */
  const payload = (orderId: string, body = fake.notificationBody(orderId)) => {
    const ts = Math.floor(Date.now() / 1000)
    return { data: JSON.parse(body), rawData: Buffer.from(body), headers: { auth: fake.sign(ts, body) } }
  }

  it("should act once on a burst of copies of one paid notification, with 17-digit ids kept exact", async () => {
    created("o-burst")
    await fake.pay("o-burst", "success", { skip: true })
    const p = payload("o-burst")
    const notes = await Promise.all(Array.from({ length: 10 }, () => reader.read(p)))
    const acted = notes.filter(Boolean)
    expect(acted).toHaveLength(1)
    expect(acted[0]).toEqual(
      expect.objectContaining({ sessionId: "payses_o-burst", state: "captured", repeatKey: expect.stringContaining("completed:completed") })
    )
    expect(acted[0]!.order.transaction_id).toMatch(/^\d{17}$/)
  })

  it("should act again when the same status comes back after a void (a new transition, not a repeat)", async () => {
    created("o-again")
    await fake.pay("o-again", "uncleared", { skip: true })
    await fake.pay("o-again", "success", { skip: true })
    expect((await reader.read(payload("o-again")))?.state).toBe("captured")
    fake.advanceClock(2000)
    await fake.pay("o-again", "cancel", { skip: true })
    expect((await reader.read(payload("o-again")))?.state).toBe("canceled")
    fake.advanceClock(2000)
    await fake.pay("o-again", "success", { skip: true })
    expect((await reader.read(payload("o-again")))?.state).toBe("captured")
    expect(await reader.read(payload("o-again"))).toBeUndefined()
  })

  it("should let the next copy through when acting on the first failed (forget)", async () => {
    created("o-retry")
    await fake.pay("o-retry", "success", { skip: true })
    const first = await reader.read(payload("o-retry"))
    expect(first).toBeDefined()
    await reader.forget(first!)
    expect(await reader.read(payload("o-retry"))).toEqual(expect.objectContaining({ state: "captured" }))
  })

  it("should let one of two processes act on copies delivered to both, through Medusa's locking", async () => {
    // Two shop processes (own readers, own memory) on one locking store, as two servers share Redis.
    const locking = createMedusaContainer()
    locking.register(Modules.LOCKING, asValue(new InMemoryLockingProvider()))
    const options = parseOptions({ apiKey: API_KEY, apiBaseUrl: fake.apiUrl })
    const processes = [0, 1].map(() => new NotificationReader(new MultiSafepayClient(fake.apiUrl, API_KEY), options, logger, new AdjustableClock()))
    created("o-two")
    await fake.pay("o-two", "success", { skip: true })
    const p = payload("o-two")
    // One guard per delivery, as the subscriber makes one per notification it handles.
    const guards = Array.from({ length: 10 }, () => lockingRepeatGuard(locking)!)
    const notes = await Promise.all(guards.map((guard, i) => processes[i % 2].read(p, guard)))
    const acted = notes.filter(Boolean)
    expect(acted).toHaveLength(1)
    // The process that acted failed: it gives the claim back, and MultiSafepay's retry to the other process acts.
    const winner = notes.findIndex(Boolean)
    const other = processes[(winner + 1) % 2]
    expect(await other.read(p, lockingRepeatGuard(locking))).toBeUndefined()
    await processes[winner % 2].forget(acted[0]!, guards[winner])
    expect(await other.read(p, lockingRepeatGuard(locking))).toEqual(expect.objectContaining({ state: "captured" }))
  })

  it("should ignore forged, unsigned and pretransaction notifications without logging their contents", async () => {
    created("o-forged")
    await fake.pay("o-forged", "success", { skip: true })
    const body = fake.notificationBody("o-forged")
    expect(await reader.read({ ...payload("o-forged"), headers: { auth: Buffer.from(`1:${"0".repeat(128)}`).toString("base64") } })).toBeUndefined()
    expect(await reader.read({ ...payload("o-forged"), headers: {} })).toBeUndefined()
    const noise = JSON.stringify({ payload_type: "pretransaction", order_id: "o-forged", status: "cancelled" })
    expect(await reader.read(payload("o-forged", noise))).toBeUndefined()
    expect(warnings.length).toBeGreaterThanOrEqual(2)
    expect(warnings.join("\n")).not.toContain(body.slice(0, 40))
  })

  describe("before the acknowledgement (the webhook route)", () => {
    /** A shared "cache module": what two servers see through Redis. */
    const sharedStore = () => {
      const keys = new Map<string, number>()
      return {
        keys,
        has: async (k: string) => keys.has(k),
        add: async (k: string, ttl: number) => void keys.set(k, ttl),
        remove: async (k: string) => void keys.delete(k),
      }
    }

    it("should reject forged, unsigned, malformed and order-less notifications with the reason, and ignore pretransaction noise", () => {
      created("o-screen")
      const body = fake.notificationBody("o-screen")
      const forged = reader.screen({ ...payload("o-screen"), headers: { auth: Buffer.from(`1:${"0".repeat(128)}`).toString("base64") } })
      expect(forged).toEqual({ verdict: "rejected", status: 401, reason: "signature mismatch" })
      expect(reader.screen({ ...payload("o-screen"), headers: {} })).toEqual({ verdict: "rejected", status: 401, reason: "missing Auth header" })
      const ts = Math.floor(Date.now() / 1000)
      expect(reader.screen({ rawData: Buffer.from("{not json"), headers: { auth: fake.sign(ts, "{not json") } })).toEqual({
        verdict: "rejected",
        status: 400,
        reason: "body is not JSON",
      })
      expect(reader.screen(payload("o-screen", JSON.stringify({ status: "completed" })))).toEqual(
        expect.objectContaining({ verdict: "rejected", status: 400, reason: expect.stringContaining("order_id") })
      )
      const noise = JSON.stringify({ payload_type: "pretransaction", order_id: "o-screen", status: "cancelled" })
      expect(reader.screen(payload("o-screen", noise))).toEqual({ verdict: "ignored" })
      expect(reader.screen(payload("o-screen"))).toEqual({ verdict: "accepted", orderId: "o-screen", transition: expect.stringContaining("initialized") })
      expect(warnings.join("\n")).not.toContain(body.slice(0, 40))
    })

    it("should hand over exactly one of concurrent copies, again after a failure, and every copy when deduplication is off", async () => {
      created("o-admit")
      await fake.pay("o-admit", "success", { skip: true })
      const screened = reader.screen(payload("o-admit"))
      if (screened.verdict !== "accepted") throw new Error(`not accepted: ${JSON.stringify(screened)}`)
      const admitted = await Promise.all(Array.from({ length: 10 }, () => reader.admit(screened.orderId, screened.transition)))
      expect(admitted.filter(Boolean)).toHaveLength(1)
      expect(await reader.admit(screened.orderId, screened.transition)).toBe(false)
      // A later status of the same order is news.
      fake.advanceClock(2000)
      await fake.pay("o-admit", "cancel", { skip: true })
      const cancelled = reader.screen(payload("o-admit"))
      expect(cancelled.verdict === "accepted" && (await reader.admit(cancelled.orderId, cancelled.transition))).toBe(true)
      // Acting on the first failed: its next copy is handed over again.
      await reader.unhear(JSON.parse(fake.notificationBody("o-admit")))
      expect(cancelled.verdict === "accepted" && (await reader.admit(cancelled.orderId, cancelled.transition))).toBe(true)

      const off = new NotificationReader(
        new MultiSafepayClient(fake.apiUrl, API_KEY),
        parseOptions({ apiKey: API_KEY, apiBaseUrl: fake.apiUrl, webhookDedupeSeconds: 0 }),
        logger,
        new AdjustableClock()
      )
      expect(await Promise.all([1, 2, 3].map(() => off.admit("o-admit", "x")))).toEqual([true, true, true])
    })

    it("should drop a copy another server already handed over (cache), and hand it over when the cache fails", async () => {
      const options = parseOptions({ apiKey: API_KEY, apiBaseUrl: fake.apiUrl })
      const [a, b] = [0, 1].map(() => new NotificationReader(new MultiSafepayClient(fake.apiUrl, API_KEY), options, logger, new AdjustableClock()))
      const store = sharedStore()
      expect(await a.admit("o-cache", "completed:completed:t1", store)).toBe(true)
      expect([...store.keys.values()]).toEqual([30])
      expect(await b.admit("o-cache", "completed:completed:t1", store)).toBe(false)
      await a.unhear({ order_id: "o-cache", status: "completed", financial_status: "completed", modified: "t1" }, store)
      expect(store.keys.size).toBe(0)
      expect(await b.admit("o-cache", "completed:completed:t1", store)).toBe(true)
      const broken = { has: async () => Promise.reject(new Error("redis down")), add: async () => undefined, remove: async () => undefined }
      expect(await a.admit("o-cache", "completed:completed:t2", broken)).toBe(true)
    })
  })
})
