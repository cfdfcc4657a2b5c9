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
})
