import axios, { AxiosInstance } from "axios"
import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import net from "net"
import os from "os"
import path from "path"
import { FakeMultiSafepay, startFakeMultiSafepay } from "../fakes/multisafepay/server"
import { MSP_API_KEY, startMultiSafepayCheckout, waitFor } from "../helpers/payment-multisafepay"
import { registerCustomer, SeededShop } from "../helpers/shop"

jest.setTimeout(900_000)

/**
 * After a deploy nothing has created a MultiSafepay payment session yet. This boots the built shop, places
 * orders, stops it (and the fake MultiSafepay, whose orders live in a file), starts both again on the same
 * database and — before any checkout in the new processes — uses every MultiSafepay path that is not a
 * payment session: the payment-method list, the admin sync, the reconciliation job (in a `medusa exec`
 * process of its own), a signed webhook, the track-and-trace update and a refund of an order placed before
 * the restart.
 */

const ROOT = path.resolve(__dirname, "..", "..")
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "softshop-msp-restart-"))
const FAKE_DATA = path.join(WORK, "fake-msp", "orders.json")

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

function shopEnv(port: number, fake: FakeMultiSafepay, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    MULTISAFEPAY_API_KEY: fake.apiKey,
    MULTISAFEPAY_API_URL: fake.apiUrl,
    MULTISAFEPAY_ENVIRONMENT: "test",
    PAYMENT_WEBHOOK_DELAY_MS: "1",
    SOFTSHOP_DATA_DIR: WORK,
    ...extra,
  }
}

const logOf = (name: string) => path.join(WORK, `${name}.log`)
const tail = (name: string) => (fs.existsSync(logOf(name)) ? fs.readFileSync(logOf(name), "utf8").split("\n").slice(-40).join("\n") : "")

/** `medusa start` of the built shop, as `npm start` runs it. */
async function startShop(name: string, fake: FakeMultiSafepay) {
  const port = await freePort()
  const out = fs.openSync(logOf(name), "a")
  const child = spawn(MEDUSA_BIN, ["start"], { cwd: SERVER_DIR, env: shopEnv(port, fake), stdio: ["ignore", out, out] })
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 240_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${tail(name)}`)
    if (Date.now() > deadline) throw new Error(`${name} did not answer on ${url}/health:\n${tail(name)}`)
    try {
      if ((await fetch(`${url}/health`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  fake.setNotificationUrl(`${url}/hooks/payment/multisafepay_multisafepay`)
  return { child, url, api: axios.create({ baseURL: url }) }
}

function stop(child: ChildProcess | undefined) {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once("exit", () => resolve())
    child.kill("SIGTERM")
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
  })
}

/** Runs the plugin's reconciliation in a fresh `medusa exec` process; returns what it reports. */
async function reconcileInFreshProcess(fake: FakeMultiSafepay) {
  const script = path.join(WORK, "reconcile.js")
  const result = path.join(WORK, "reconcile.json")
  fs.writeFileSync(
    script,
    `const { createRequire } = require("module")
const fs = require("fs")
async function reconcile({ container }) {
  const plugin = createRequire(process.cwd() + "/package.json")("@softshop/medusa-payment-multisafepay/workflows")
  fs.writeFileSync(${JSON.stringify(result)}, JSON.stringify(await plugin.reconcileMultiSafepaySessions(container, { olderThanSeconds: 0 })))
}
// medusa exec requires the file and runs its \`default\` export.
exports.default = reconcile
`
  )
  const port = await freePort()
  const out = fs.openSync(logOf("exec"), "a")
  const child = spawn(MEDUSA_BIN, ["exec", script], { cwd: SERVER_DIR, env: shopEnv(port, fake), stdio: ["ignore", out, out] })
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve))
  if (code !== 0 || !fs.existsSync(result)) throw new Error(`medusa exec failed (${code}):\n${tail("exec")}`)
  return JSON.parse(fs.readFileSync(result, "utf8"))
}

async function storeShop(api: AxiosInstance): Promise<SeededShop> {
  const headers = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const { data: regions } = await api.get("/store/regions", { headers })
  const { data: products } = await api.get("/store/products?handle=softview-27-qhd&fields=variants.id,variants.sku", { headers })
  return {
    publishableKey: headers["x-publishable-api-key"],
    regionId: regions.regions[0].id,
    salesChannelId: "",
    variantId: products.products[0].variants.find((v: { sku: string }) => v.sku === "SV-27QHD").id,
    headers,
  }
}

async function login(api: AxiosInstance, actor: "customer" | "user", email: string, password: string) {
  const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password })
  return { authorization: `Bearer ${data.token}` }
}

const ordersOf = async (api: AxiosInstance, headers: Record<string, string>) =>
  (await api.get("/store/orders?fields=id", { headers })).data.orders as { id: string }[]

describe("MultiSafepay after a restart, before any checkout", () => {
  let fake: FakeMultiSafepay | undefined
  let shop: ChildProcess | undefined

  afterAll(async () => {
    await stop(shop)
    await fake?.close()
    fs.rmSync(WORK, { recursive: true, force: true })
  })

  it("should list methods, sync, reconcile, process a webhook, send track-and-trace and refund in new processes", async () => {
    // ---- first boot: three checkouts --------------------------------------------------------------------
    fake = await startFakeMultiSafepay({ apiKey: MSP_API_KEY, retryDelayMs: 200, dataFile: FAKE_DATA })
    const first = await startShop("shop-1", fake)
    shop = first.child
    const store = await storeShop(first.api)
    const [paid, lost, later] = [await registerCustomer(first.api, store), await registerCustomer(first.api, store), await registerCustomer(first.api, store)]
    // paid: an order, placed through the webhook.
    const paidCheckout = await startMultiSafepayCheckout(first.api, store, paid.headers, { gateway: "IDEAL" })
    await fake.pay(paidCheckout.orderId, "success")
    const [paidOrder] = await waitFor(async () => {
      const orders = await ordersOf(first.api, paid.headers)
      return orders.length ? orders : undefined
    }, 30_000)
    // lost: paid at MultiSafepay, every notification lost (only reconciliation can place the order).
    const lostCheckout = await startMultiSafepayCheckout(first.api, store, lost.headers, { gateway: "IDEAL" })
    await fake.pay(lostCheckout.orderId, "success", { skip: true })
    // later: the payer is still on the payment page when the shop restarts.
    const laterCheckout = await startMultiSafepayCheckout(first.api, store, later.headers, { gateway: "IDEAL" })
    expect(await ordersOf(first.api, lost.headers)).toEqual([])

    // ---- restart: the shop and the fake MultiSafepay (its orders come back from its file) ---------------
    await stop(shop)
    shop = undefined
    await fake.close()
    fake = await startFakeMultiSafepay({ apiKey: MSP_API_KEY, retryDelayMs: 200, dataFile: FAKE_DATA })
    expect(fake.order(paidCheckout.orderId)).toEqual(expect.objectContaining({ status: "completed" }))
    const second = await startShop("shop-2", fake)
    shop = second.child
    const api = second.api
    const admin = await login(api, "user", process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!)
    const laterHeaders = { ...store.headers, ...(await login(api, "customer", later.email, later.password)) }
    const lostHeaders = { ...store.headers, ...(await login(api, "customer", lost.email, lost.password)) }
    const ok = { validateStatus: () => true }

    // The Store API's payment-method list.
    const methods = await api.get(`/store/multisafepay/payment-methods?cart_id=${laterCheckout.cartId}`, { headers: laterHeaders, ...ok })
    expect({ status: methods.status, message: methods.data?.message }).toEqual({ status: 200, message: undefined })
    expect(methods.data.payment_methods.map((m: { id: string }) => m.id)).toContain("IDEAL")

    // The admin's "Sync status", against an order the restarted fake still knows.
    const synced = await api.post(`/admin/multisafepay/orders/${paidOrder.id}/sync`, {}, { headers: admin, ...ok })
    expect({ status: synced.status, message: synced.data?.message }).toEqual({ status: 200, message: undefined })
    expect(synced.data.multisafepay_payments[0]).toEqual(
      expect.objectContaining({ msp_order_id: paidCheckout.orderId, status: "completed", transaction_id: fake.order(paidCheckout.orderId).transaction_id })
    )

    // The reconciliation job, in a process of its own.
    const reconciled = await reconcileInFreshProcess(fake)
    expect(reconciled.completed).toBeGreaterThanOrEqual(1)
    expect(await waitFor(async () => (await ordersOf(api, lostHeaders)).length)).toBe(1)

    // The track-and-trace update when the order placed before the restart ships.
    const { data: full } = await api.get(`/admin/orders/${paidOrder.id}`, { headers: admin })
    const items = full.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: Number(i.quantity) }))
    const fulfilled = await api.post(`/admin/orders/${paidOrder.id}/fulfillments`, { items }, { headers: admin, ...ok })
    expect({ status: fulfilled.status, message: fulfilled.data?.message }).toEqual({ status: 200, message: undefined })
    const { data: withFulfillment } = await api.get(`/admin/orders/${paidOrder.id}?fields=id,*fulfillments`, { headers: admin })
    const label = {
      tracking_number: "3SRESTART0001",
      tracking_url: "https://jouw.postnl.nl/track-and-trace/3SRESTART0001",
      label_url: "https://example.nl/label.pdf",
    }
    const shipped = await api.post(
      `/admin/orders/${paidOrder.id}/fulfillments/${withFulfillment.order.fulfillments[0].id}/shipments`,
      { items, labels: [label] },
      { headers: admin, ...ok }
    )
    expect({ status: shipped.status, message: shipped.data?.message }).toEqual({ status: 200, message: undefined })
    await waitFor(async () => fake!.order(paidCheckout.orderId).tracktrace_code === label.tracking_number || undefined, 30_000)
    expect(fake.order(paidCheckout.orderId)).toEqual(expect.objectContaining({ status: "shipped", tracktrace_url: label.tracking_url }))

    // A signed webhook: the payer who was on the payment page pays now.
    await fake.pay(laterCheckout.orderId, "success")
    expect(await waitFor(async () => (await ordersOf(api, laterHeaders)).length, 30_000)).toBe(1)

    // A refund of the order placed before the restart (the restarted fake still has it).
    const { data: withPayments } = await api.get(`/admin/orders/${paidOrder.id}?fields=id,*payment_collections.payments`, { headers: admin })
    const payment = withPayments.order.payment_collections[0].payments[0]
    const refund = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, { headers: admin, ...ok })
    expect({ status: refund.status, message: refund.data?.message }).toEqual({ status: 200, message: undefined })
    expect(fake.order(paidCheckout.orderId).refunds).toEqual([expect.objectContaining({ amount: 1000 })])
  })
})
