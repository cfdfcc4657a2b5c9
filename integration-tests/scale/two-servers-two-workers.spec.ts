import { AxiosResponse } from "axios"
import Redis from "ioredis"
import { FakeMultiSafepay, signNotification, startFakeMultiSafepay } from "../fakes/multisafepay/server"
import { freePort, Instance, kill, logTail, startInstance, stop } from "./helpers/cluster"
import { referenceAuction } from "../helpers/auction-reference"
import { adminHeaders, bid, createLot, Customer, openStream, publishable, registerCustomer, variantId, waitFor } from "./helpers/shop"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require("@medusajs/framework/pg")

jest.setTimeout(600_000)

/**
 * The production topology on one machine: 2 servers (MEDUSA_WORKER_MODE=server) and 2 workers
 * (worker) from one build, on one PostgreSQL database and one Redis database, started by
 * `npm run start:server` / `start:worker`. Every guarantee is checked from the outside (HTTP, the
 * database, Redis), with the requests spread over both servers.
 */
describe("2 servers + 2 workers on one PostgreSQL and one Redis", () => {
  let A: Instance, B: Instance, W1: Instance, W2: Instance
  let fake: FakeMultiSafepay
  let pg: any
  let redis: Redis
  let admin: Record<string, string>
  let variant: string
  let bidders: Customer[]
  let closing: { id: string }
  const started: Instance[] = []
  const sql = async (text: string, params: unknown[] = []) => (await pg.query(text, params)).rows

  beforeAll(async () => {
    pg = new Client({ connectionString: process.env.SCALE_DATABASE_URL })
    await pg.connect()
    redis = new Redis(process.env.SCALE_REDIS_URL!)
    fake = await startFakeMultiSafepay({ apiKey: process.env.SCALE_MSP_API_KEY, retryDelayMs: 500 })
    const portA = await freePort()
    const shared = { publicUrl: `http://127.0.0.1:${portA}`, mspApiUrl: fake.apiUrl }
    // All four boot at once (as a deploy does); each is waited for on its own readiness probe.
    ;[A, B, W1, W2] = await Promise.all([
      startInstance("server-a", "server", shared, portA),
      startInstance("server-b", "server", shared),
      startInstance("worker-1", "worker", shared),
      startInstance("worker-2", "worker", shared),
    ])
    started.push(A, B, W1, W2)
    admin = await adminHeaders(A.api)
    variant = await variantId(A.api)
    bidders = []
    for (let i = 0; i < 8; i++) bidders.push(await registerCustomer(i % 2 ? B.api : A.api))
    // A lot that ends soon, for the closing job (checked last, after at least one tick).
    closing = await createLot(A.api, admin, variant, 15_000)
    expect((await bid(B.api, closing.id, bidders[0].headers, 25)).status).toBe(200)
  })

  afterAll(async () => {
    await Promise.all(started.map((i) => stop(i)))
    await fake?.close()
    redis?.disconnect()
    await pg?.end()
  })

  it("should answer readiness on the servers (database and Redis) and liveness on the workers", async () => {
    for (const s of [A, B]) {
      const ready = await s.api.get("/ready")
      expect({ status: ready.status, body: ready.data }).toEqual({
        status: 200,
        body: { status: "ready", checks: { database: "ok", redis: "ok" } },
      })
    }
    for (const w of [W1, W2]) expect((await w.api.get("/health")).status).toBe(200)
    // A worker serves no API (Medusa's worker mode): the load balancer sends traffic to servers only.
    expect((await W1.api.get("/store/auctions", { headers: publishable() })).status).toBe(404)
  })

  it("should take bids spread over both servers: one leader, the right price, each bid stored once, live on both", async () => {
    const lot = await createLot(A.api, admin, variant)
    const streamA = openStream(`${A.url}/store/auctions/${lot.id}/events`)
    const streamB = openStream(`${B.url}/store/auctions/${lot.id}/events`)
    await Promise.all([streamA.opened, streamB.opened])
    // 40 bids at once, alternating servers, 5 per bidder.
    const sent = Array.from({ length: 40 }, (_, i) => ({ server: i % 2 ? B : A, bidder: bidders[i % 8], amount: 20 + i }))
    const results = await Promise.all(sent.map((s) => bid(s.server.api, lot.id, s.bidder.headers, s.amount)))
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 400)).toEqual([])
    const accepted = sent.filter((_, i) => results[i].status === 200)
    expect(accepted.some((s) => s.server === B)).toBe(true)

    // Every request is one row (accepted or rejected), with its own sequence number.
    const rows = await sql(
      "select id, customer_id, amount_cents, max_amount_cents, accepted, sequence, kind from auction_bid where lot_id = $1 order by sequence",
      [lot.id]
    )
    expect(rows.map((r: any) => r.sequence)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(rows.filter((r: any) => r.accepted).length).toBe(accepted.length)
    for (const [i, r] of results.entries()) {
      const row = rows.find((x: any) => x.customer_id === sent[i].bidder.id && Number(x.amount_cents) === sent[i].amount * 100)
      expect({ i, accepted: row?.accepted }).toEqual({ i, accepted: r.status === 200 })
    }
    // In the order the database serialised them, the bids decide exactly what the reference decides: one leader, one price.
    const ref = referenceAuction(
      1000,
      [{ from: 0, increment: 100 }],
      rows.map((r: any) => ({ bidder: r.customer_id, amount: Number(r.amount_cents), max: Number(r.max_amount_cents) }))
    )
    expect(rows.map((r: any) => r.accepted)).toEqual(ref.steps.map((x) => x.accepted))
    const bids = rows.filter((r: any) => r.accepted && r.kind === "bid")
    const [state] = await sql("select leader_customer_id, current_price_cents, leader_max_cents, bid_count, sequence from auction_lot where id = $1", [lot.id])
    expect(state).toEqual({
      leader_customer_id: ref.leader,
      current_price_cents: ref.price,
      leader_max_cents: ref.leaderMax,
      bid_count: bids.length,
      sequence: 40,
    })

    // Each stream (on A and on B) saw every accepted bid once, the ones the other server took included.
    const amounts = bids.map((r: any) => Number(r.amount_cents) / 100).sort((x: number, y: number) => x - y)
    for (const stream of [streamA, streamB]) {
      await waitFor(() => stream.events.filter((e) => e.event === "bid").length >= amounts.length, 15_000, "every bid on the stream")
      const seen = stream.events
        .filter((e) => e.event === "bid")
        .map((e) => e.data.amount)
        .sort((x: number, y: number) => x - y)
      expect(seen).toEqual(amounts)
      stream.close()
    }
  })

  it("should count the per-customer bid limit across both servers (429 past 30 in the window)", async () => {
    const lot = await createLot(A.api, admin, variant)
    const [solo] = [await registerCustomer(A.api)]
    // A window opens with the customer's first bid and lasts 10 s: 40 bids in bursts of 8 fall in one.
    const results: AxiosResponse[] = []
    for (let i = 0; i < 40; i += 8) {
      results.push(...(await Promise.all(Array.from({ length: 8 }, (_, j) => bid((i + j) % 2 ? B.api : A.api, lot.id, solo.headers, 20 + i + j)))))
    }
    const limited = results.filter((r) => r.status === 429)
    expect(results.filter((r) => r.status !== 429).length).toBe(30)
    expect(limited.length).toBe(10)
    expect(Number(limited[0].headers["retry-after"])).toBeGreaterThan(0)
    // Limited bids never reached the lot.
    const [{ n }] = await sql("select count(*)::int as n from auction_bid where lot_id = $1", [lot.id])
    expect(n).toBe(30)
  })

  it("should place one order with one capture from 10 copies of a MultiSafepay notification sent to both servers", async () => {
    const customer = await registerCustomer(A.api)
    const h = customer.headers
    const api = A.api
    const { data: regions } = await api.get("/store/regions", { headers: publishable() })
    const cart = (await api.post("/store/carts", { region_id: regions.regions[0].id, email: customer.email }, { headers: h })).data.cart
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1 }, { headers: h })
    await api.post(
      `/store/carts/${cart.id}`,
      {
        shipping_address: {
          first_name: "Jan",
          last_name: "Jansen",
          address_1: "Kerkstraat 12",
          city: "Utrecht",
          postal_code: "3511 AB",
          country_code: "nl",
          phone: "+31612345678",
        },
      },
      { headers: h }
    )
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers: h })
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers: h })
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: h })
    const session = await B.api.post(
      `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_multisafepay_multisafepay", data: { gateway: "IDEAL" } },
      { headers: h }
    )
    expect({ status: session.status, message: session.data?.message }).toEqual({ status: 200, message: undefined })
    const orderId = session.data.payment_collection.payment_sessions[0].data.order_id
    // Paid at MultiSafepay; its own delivery is skipped: the test delivers 10 signed copies itself.
    await fake.pay(orderId, "success", { skip: true })
    const body = fake.notificationBody(orderId)
    const ts = String(Math.floor(Date.now() / 1000))
    const auth = signNotification(process.env.SCALE_MSP_API_KEY!, ts, body)
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? B : A).api.post(`/hooks/payment/multisafepay_multisafepay?transactionid=${orderId}&timestamp=${ts}`, body, {
          headers: { "content-type": "application/json", auth },
          transformRequest: [(d) => d],
        })
      )
    )
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    const orders = await waitFor(
      async () => {
        const rows = await sql("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cart.id])
        return rows.length ? rows : undefined
      },
      90_000,
      "the order"
    )
    // Let every copy be processed by the workers before counting.
    await waitFor(
      async () => {
        const [{ n }] = await sql(
          "select count(*)::int as n from capture c join payment p on p.id = c.payment_id where p.payment_collection_id = $1 and c.deleted_at is null",
          [pc.payment_collection.id]
        )
        return n >= 1
      },
      60_000,
      "the capture"
    )
    await new Promise((r) => setTimeout(r, 5_000))
    expect(orders).toHaveLength(1)
    expect((await sql("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cart.id])).length).toBe(1)
    const payments = await sql("select id from payment where payment_collection_id = $1 and deleted_at is null", [pc.payment_collection.id])
    expect(payments).toHaveLength(1)
    const captures = await sql("select id from capture where payment_id = $1 and deleted_at is null", [payments[0].id])
    expect(captures).toHaveLength(1)
  })

  it("should close the ended lot once with two workers, each job tick run by one worker", async () => {
    const [lot] = await waitFor(
      async () => {
        const rows = await sql("select status, result, winner_customer_id, cart_id from auction_lot where id = $1 and cart_id is not null", [closing.id])
        return rows.length ? rows : undefined
      },
      150_000,
      "the lot closed with a winner's cart"
    )
    expect(lot).toEqual(expect.objectContaining({ status: "ended", result: "won", winner_customer_id: bidders[0].id }))
    // The "won" mail is the settle workflow's step after the cart: wait for it, give a second
    // worker time to send a duplicate, then count.
    const wonMails = () => sql("select id from notification where template = 'auctions.won' and \"to\" = $1", [bidders[0].email])
    await waitFor(async () => ((await wonMails()).length ? true : undefined), 30_000, "the won mail")
    await new Promise((r) => setTimeout(r, 3_000))
    expect(await wonMails()).toHaveLength(1)
    // Every tick the job ran is claimed once, by one of the two workers.
    const keys = await redis.keys("*auctions:maintenance:tick:*")
    expect(keys.length).toBeGreaterThan(0)
    const ticks = keys.map((k) => k.replace(/^.*auctions:maintenance:tick:/, ""))
    expect(new Set(ticks).size).toBe(ticks.length)
    const workerPids = new Set<string>()
    for (const k of keys) {
      const claim = JSON.parse((await redis.get(k))!)
      workerPids.add(claim.worker)
    }
    expect(workerPids.size).toBeGreaterThanOrEqual(1)
    // No worker log shows a run of a tick another worker had already run.
    for (const w of [W1, W2]) expect(logTail(w.log, 5000)).not.toMatch(/Scheduled job auctions-maintenance failed/)
  })

  it("should lose or double no bid when a server is killed during a burst, and never answer with a lie", async () => {
    const lot = await createLot(A.api, admin, variant)
    const sent = Array.from({ length: 48 }, (_, i) => ({ server: i % 2 ? B : A, bidder: bidders[i % 8], amount: 100 + i }))
    const pending = sent.map((s, i) =>
      new Promise((r) => setTimeout(r, i * 15)).then(() =>
        bid(s.server.api, lot.id, s.bidder.headers, s.amount).then(
          (r) => ({ status: r.status, body: r.data }),
          (e) => ({ status: 0, error: String(e.code ?? e.message) })
        )
      )
    )
    await new Promise((r) => setTimeout(r, 250))
    await kill(B)
    const results = await Promise.all(pending)
    expect(results.some((r) => r.status === 0)).toBe(true)
    expect(results.filter((r, i) => sent[i].server === A).every((r) => r.status === 200 || r.status === 400)).toBe(true)

    const rows = await sql(
      "select customer_id, amount_cents, max_amount_cents, accepted, sequence, kind from auction_bid where lot_id = $1 order by sequence",
      [lot.id]
    )
    // Stored once: contiguous sequence numbers, no (bidder, amount) twice.
    expect(rows.map((r: any) => r.sequence)).toEqual(rows.map((_: unknown, i: number) => i + 1))
    expect(new Set(rows.map((r: any) => `${r.customer_id}:${r.amount_cents}`)).size).toBe(rows.length)
    for (const [i, r] of results.entries()) {
      const row = rows.find((x: any) => x.customer_id === sent[i].bidder.id && Number(x.amount_cents) === sent[i].amount * 100)
      // A success is a stored accepted bid, a refusal a stored rejected one; an error may be either or nothing.
      if (r.status === 200) expect({ i, accepted: row?.accepted }).toEqual({ i, accepted: true })
      if (r.status === 400) expect({ i, accepted: row?.accepted }).toEqual({ i, accepted: false })
    }
    const ref = referenceAuction(
      1000,
      [{ from: 0, increment: 100 }],
      rows.map((r: any) => ({ bidder: r.customer_id, amount: Number(r.amount_cents), max: Number(r.max_amount_cents) }))
    )
    expect(rows.map((r: any) => r.accepted)).toEqual(ref.steps.map((x) => x.accepted))
    const [state] = await sql("select leader_customer_id, current_price_cents, bid_count, sequence from auction_lot where id = $1", [lot.id])
    expect(state).toEqual({
      leader_customer_id: ref.leader,
      current_price_cents: ref.price,
      bid_count: rows.filter((r: any) => r.accepted && r.kind === "bid").length,
      sequence: rows.length,
    })
    // The surviving server still takes bids.
    expect((await bid(A.api, lot.id, bidders[0].headers, 1000)).status).toBe(200)
  })
})
