// Fake MultiSafepay JSON API v1 (documented subset) for tests and local runs.
// Built from MultiSafepay's public API documentation (orders, payment methods, notifications, test scenarios).
//   node integration-tests/fakes/multisafepay/server.js --port 9101 --api-key <key> [--notification-url <url>] [--data-file .data/fake-msp/orders.json]
"use strict"
const http = require("node:http")
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")

const BNPL = new Set(["KLARNA", "IN3", "AFTERPAY", "BNPL_MF", "BILLINK", "EINVOICE", "PAYAFTER"])
const FIVE_MINUTES = 5 * 60 * 1000

const PAYMENT_METHODS = [
  { id: "IDEAL", name: "iDEAL", allowed_amount: { min: 1, max: 5000000 }, allowed_countries: ["NL"], allowed_currencies: ["EUR"], shopping_cart_required: false },
  { id: "VISA", name: "Visa", allowed_amount: { min: 1, max: null }, allowed_countries: [], allowed_currencies: ["EUR", "USD"], shopping_cart_required: false },
  { id: "MASTERCARD", name: "Mastercard", allowed_amount: { min: 1, max: null }, allowed_countries: [], allowed_currencies: ["EUR", "USD"], shopping_cart_required: false },
  { id: "MISTERCASH", name: "Bancontact", allowed_amount: { min: 1, max: 5000000 }, allowed_countries: ["BE"], allowed_currencies: ["EUR"], shopping_cart_required: false },
  { id: "KLARNA", name: "Klarna", allowed_amount: { min: 3500, max: 500000 }, allowed_countries: ["NL", "BE", "DE"], allowed_currencies: ["EUR"], shopping_cart_required: true },
  { id: "IN3", name: "in3", allowed_amount: { min: 10000, max: 300000 }, allowed_countries: ["NL", "BE"], allowed_currencies: ["EUR"], shopping_cart_required: true },
  { id: "BANKTRANS", name: "Bank transfer", allowed_amount: { min: 1, max: null }, allowed_countries: [], allowed_currencies: ["EUR"], shopping_cart_required: false },
]

// Test scenarios by card number / IBAN (reference §6).
const CARD_OUTCOMES = {
  "4111111111111111": "success", "4761340000000019": "success", "5500000000000004": "success",
  "374500000000015": "success", "6799990000000000011": "success", "4917300000000008": "uncleared",
  "4462000000000003": "uncleared", "4012001037461114": "decline", "374200000000004": "decline", "4012001038488884": "decline",
  "67034500054620008": "success", "67039902990000045": "decline", "67039902990000011": "decline",
}
const IBAN_OUTCOMES = { NL87ABNA0000000001: "success", NL87ABNA0000000002: "expire", NL87ABNA0000000003: "uncleared", NL87ABNA0000000004: "decline" }

/** The Auth header MultiSafepay sends: base64("<ts>:" + hex(HMAC-SHA512(apiKey, "<ts>:" + body))). */
function signNotification(apiKey, timestamp, rawBody) {
  const hex = crypto.createHmac("sha512", apiKey.trim()).update(`${timestamp}:${rawBody}`).digest("hex")
  return Buffer.from(`${timestamp}:${hex}`).toString("base64")
}

/**
 * The fake's orders on disk (option `dataFile`): read at start, rewritten after every change through a
 * temporary file and a rename, so a restart (or a crash mid-write) never leaves half a file and
 * MultiSafepay's orders outlive the shop's restarts as the real ones do.
 */
function loadOrders(file) {
  if (!file || !fs.existsSync(file)) return undefined
  const saved = JSON.parse(fs.readFileSync(file, "utf8"))
  if (saved?.version !== 1) throw new Error(`${file}: not a fake MultiSafepay data file`)
  return saved
}

function writeOrdersAtomically(file, state) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const json = JSON.stringify({
    version: 1,
    nextPsp: state.nextPsp.toString(),
    orders: [...state.orders.values()],
    sessions: [...state.sessions.entries()],
  })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, json, { mode: 0o600 })
  fs.renameSync(tmp, file)
}

/**
 * Starts the fake. Options: port (0 = random), apiKey, notificationUrl (overrides the
 * per-order notification_url), retryDelayMs (15 min in real life), host, dataFile (keep the
 * orders in this JSON file across restarts; without it they live in memory only).
 */
async function startFakeMultiSafepay(opts = {}) {
  const apiKey = opts.apiKey ?? "fake-msp-test-key"
  const host = opts.host ?? "127.0.0.1"
  const state = {
    orders: new Map(),
    sessions: new Map(),
    deliveries: [],
    clockOffsetMs: 0,
    notificationUrl: opts.notificationUrl,
    retryDelayMs: opts.retryDelayMs ?? 200,
    nextPsp: 17472052901237122n,
    failNext: null,
    requests: [],
  }
  const saved = loadOrders(opts.dataFile)
  if (saved) {
    for (const order of saved.orders) state.orders.set(order.order_id, order)
    for (const [sessionId, orderId] of saved.sessions) state.sessions.set(sessionId, orderId)
    state.nextPsp = BigInt(saved.nextPsp)
  }
  // Every change is a synchronous mutation: one write at the end of it (a microtask) covers it whole.
  let savePending = false
  const changed = () => {
    if (!opts.dataFile || savePending) return
    savePending = true
    queueMicrotask(() => {
      savePending = false
      writeOrdersAtomically(opts.dataFile, state)
    })
  }
  const now = () => Date.now() + state.clockOffsetMs
  const iso = () => new Date(now()).toISOString().slice(0, 19)
  let baseUrl = ""

  const newPspId = () => {
    changed()
    return (state.nextPsp += 7n).toString()
  }

  /** Order JSON as GET /orders/{id} returns it; the PSP id is written as a bare 17-digit integer, like the real API. */
  function orderJson(order) {
    const { _internal, ...pub } = order
    const tid = pub.transaction_id
    const json = JSON.stringify({ ...pub, transaction_id: "__TID__" })
    return tid ? json.replace('"__TID__"', tid) : json.replace('"__TID__"', "null")
  }

  const send = (res, status, body) => {
    const text = typeof body === "string" ? body : JSON.stringify(body)
    res.writeHead(status, { "content-type": "application/json" })
    res.end(text)
  }
  const fail = (res, status, code, info) => send(res, status, { success: false, data: {}, error_code: code, error_info: info })

  // ---- notifier -------------------------------------------------------------------------------
  async function deliverOnce(url, body, timestamp, kind) {
    const ts = timestamp ?? Math.floor(now() / 1000)
    const auth = signNotification(apiKey, String(ts), body)
    const target = new URL(url)
    const orderId = JSON.parse(body).order_id
    target.searchParams.set("transactionid", orderId ?? "")
    target.searchParams.set("timestamp", String(ts))
    const record = { order_id: orderId, kind, url: target.toString(), body, auth, timestamp: ts, status: 0, text: "" }
    state.deliveries.push(record)
    try {
      const r = await fetch(target, { method: "POST", headers: { "content-type": "application/json", auth }, body })
      record.status = r.status
      record.text = await r.text()
    } catch (e) {
      record.status = -1
      record.text = String(e && e.message)
    }
    return record.status === 200 && /OK/.test(record.text.slice(0, 100))
  }

  async function deliverWithRetries(url, bodyFn, kind) {
    // One try plus three retries, each with a new timestamp (reference §3).
    for (let attempt = 0; attempt < 4; attempt++) {
      if (await deliverOnce(url, bodyFn(), undefined, attempt ? `${kind}:retry` : kind)) return true
      await new Promise((r) => setTimeout(r, state.retryDelayMs))
    }
    return false
  }

  /**
   * Sends the order's notification. delivery: { skip, duplicates, outOfOrder, pretransaction, stale }.
   * outOfOrder: the stale snapshot (earlier status) arrives after the current one.
   */
  async function notify(order, delivery = {}, stale) {
    const url = state.notificationUrl ?? order.payment_options?.notification_url
    if (!url || delivery.skip) return
    const current = orderJson(order)
    const jobs = []
    if (delivery.pretransaction) {
      const noise = JSON.stringify({ payload_type: "pretransaction", order_id: order.order_id, status: "cancelled", transaction_id: null })
      jobs.push(deliverOnce(url, noise, undefined, "pretransaction"))
    }
    const copies = 1 + (delivery.duplicates ?? 0)
    if (delivery.outOfOrder && stale) {
      jobs.push(deliverWithRetries(url, () => current, "current"))
      await new Promise((r) => setTimeout(r, 20))
      jobs.push(deliverWithRetries(url, () => stale, "stale"))
    } else {
      for (let i = 0; i < copies; i++) jobs.push(deliverWithRetries(url, () => current, i ? "duplicate" : "current"))
    }
    await Promise.all(jobs)
  }

  // ---- domain ---------------------------------------------------------------------------------
  function setStatus(order, status, financial) {
    changed()
    order.status = status
    order.financial_status = financial
    order.modified = iso()
  }

  /** Applies a payer's choice on the hosted page (or a test-control call). */
  async function applyOutcome(orderId, outcome, delivery = {}, detail = {}) {
    const order = state.orders.get(orderId)
    if (!order) return undefined
    const stale = orderJson(order)
    const gateway = detail.gateway ?? order.gateway ?? "IDEAL"
    if (!order.transaction_id) order.transaction_id = newPspId()
    const paymentDetails = { type: gateway, capture: order._internal.manual ? "manual" : null, capture_remain: order._internal.manual ? order.amount : 0 }
    if (detail.card_number) paymentDetails.last4 = String(detail.card_number).slice(-4)
    if (detail.iban) paymentDetails.account_iban = `******${String(detail.iban).slice(-4)}`
    order.payment_details = paymentDetails
    order.gateway = gateway
    if (outcome === "success") {
      if (BNPL.has(gateway)) setStatus(order, "completed", "uncleared")
      else if (order._internal.manual) setStatus(order, "completed", "initialized")
      else setStatus(order, "completed", "completed")
      order.completed = iso()
    } else if (outcome === "decline") setStatus(order, "declined", "declined")
    else if (outcome === "cancel") setStatus(order, "void", "void")
    else if (outcome === "expire") setStatus(order, "expired", "expired")
    else if (outcome === "uncleared") setStatus(order, "uncleared", "uncleared")
    else if (outcome === "initialized") setStatus(order, "initialized", "initialized")
    else throw new Error(`unknown outcome ${outcome}`)
    order.payment_methods = [{ type: gateway, amount: order.amount, currency: order.currency, status: order.status }]
    await notify(order, delivery, stale)
    return order
  }

  /** Validates and stores an order as POST /orders does; returns { error } or { data } (the API's `data`). */
  function createOrderRecord(body) {
    const err = (status, code, info) => ({ error: { status, code, info } })
    if (!body || typeof body !== "object") return err(400, 1016, "Missing data")
    const { order_id, currency, amount, description, gateway } = body
    if (!order_id || String(order_id).length > 50) return err(400, 1016, "Missing or invalid order_id")
    if (!Number.isInteger(amount) || amount <= 0) return err(400, 1001, "Invalid amount")
    if (!currency || !/^[A-Z]{3}$/.test(currency)) return err(400, 1002, "Invalid currency")
    if (!description || String(description).length > 200) return err(400, 1008, "Invalid description")
    if (gateway && !PAYMENT_METHODS.some((m) => m.id === gateway) && !BNPL.has(gateway)) return err(400, 1023, "Gateway unavailable")
    if (gateway && BNPL.has(gateway)) {
      const items = body.shopping_cart?.items
      if (!Array.isArray(items) || !items.length) return err(400, 1016, "shopping_cart is required for this gateway")
      if (body.checkout_options?.validate_cart) {
        const rules = body.checkout_options?.tax_tables
        const rateOf = (sel) => {
          const alt = (rules?.alternate ?? []).find((a) => a.name === sel)
          return alt ? alt.rules?.[0]?.rate ?? 0 : rules?.default?.rate ?? 0
        }
        let ex = 0
        let vat = 0
        for (const it of items) {
          const line = Number(it.unit_price) * Number(it.quantity)
          ex += line
          vat += line * rateOf(it.tax_table_selector)
        }
        const total = Math.round((Math.round(ex * 100) / 100 + vat) * 100)
        if (Math.abs(total - amount) > 1) return err(400, 1027, "Invalid cart amount")
      }
    }
    const existing = state.orders.get(order_id)
    if (existing && existing.status === "completed") return err(400, 1006, "Invalid transaction ID: used for a completed transaction")
    const sessionId = crypto.randomBytes(12).toString("hex")
    const locale = body.customer?.locale ?? "en_US"
    const order = {
      transaction_id: null,
      order_id,
      created: iso(),
      modified: iso(),
      completed: null,
      currency,
      amount,
      amount_refunded: 0,
      description,
      var1: body.var1 ?? null,
      var2: body.var2 ?? null,
      var3: body.var3 ?? null,
      status: "initialized",
      financial_status: "initialized",
      gateway: gateway ?? null,
      customer: { ...(body.customer ?? {}) },
      delivery: body.delivery ?? null,
      shopping_cart: body.shopping_cart ?? null,
      checkout_options: body.checkout_options ?? null,
      payment_options: body.payment_options ?? {},
      payment_details: null,
      payment_methods: [],
      related_transactions: null,
      refunds: [],
      costs: [],
      reason: "",
      reason_code: "",
      _internal: { manual: body.capture === "manual", sessionId, type: body.type ?? "redirect", request: body },
    }
    state.orders.set(order_id, order)
    state.sessions.set(sessionId, order_id)
    changed()
    const payment_url = `${baseUrl}/connect/${sessionId}/?lang=${encodeURIComponent(locale)}`
    order.payment_url = payment_url
    return { data: { order_id, payment_url, session_id: sessionId } }
  }

  function createOrder(body, res) {
    const r = createOrderRecord(body)
    if (r.error) return fail(res, r.error.status, r.error.code, r.error.info)
    return send(res, 200, { success: true, data: r.data })
  }

  async function patchOrder(order, body, res) {
    if (body?.status === "shipped") {
      if (order.status !== "completed" && order.status !== "shipped") return fail(res, 400, 1000, "Order cannot be shipped in its current status")
      const stale = orderJson(order)
      setStatus(order, "shipped", BNPL.has(order.gateway) ? "completed" : order.financial_status)
      // Ship details as documented for PATCH /orders/{id} (only status is required).
      for (const k of ["tracktrace_code", "tracktrace_url", "carrier", "ship_date"]) order[k] = body[k] ?? order[k] ?? null
      changed()
      send(res, 200, { success: true, data: {} })
      return notify(order, {}, stale)
    }
    if (body?.status === "cancelled") {
      if (!["initialized", "uncleared"].includes(order.status) && !(order.status === "completed" && order.financial_status === "uncleared")) {
        return fail(res, 400, 1000, "Order cannot be cancelled in its current status")
      }
      setStatus(order, "cancelled", "cancelled")
      send(res, 200, { success: true, data: {} })
      return notify(order)
    }
    if (body && Object.keys(body).every((k) => ["invoice_id", "tracktrace_code", "tracktrace_url", "carrier", "ship_date"].includes(k))) {
      Object.assign(order, body)
      changed()
      return send(res, 200, { success: true, data: {} })
    }
    return fail(res, 400, 1016, "Unsupported update")
  }

  function captureOrder(order, body, res) {
    if (!order._internal.manual) return fail(res, 400, 1000, "Order is not a manual-capture order")
    if (order.status !== "completed" || order.financial_status !== "initialized") return fail(res, 400, 1000, "Nothing to capture")
    if (!Number.isInteger(body?.amount) || body.amount <= 0) return fail(res, 400, 1001, "Invalid amount")
    if (body.new_order_status !== "completed") return fail(res, 400, 1016, "new_order_status is required")
    const remain = order.payment_details.capture_remain
    if (body.amount > remain) return fail(res, 400, 1001, "Amount exceeds the authorized amount")
    order.payment_details.capture_remain = remain - body.amount
    changed()
    const tid = newPspId()
    order.related_transactions = [...(order.related_transactions ?? []), { transaction_id: tid, amount: body.amount, type: "capture" }]
    if (order.payment_details.capture_remain === 0) setStatus(order, "completed", "completed")
    send(res, 200, { success: true, data: { transaction_id: tid, order_id: order.order_id } })
    return notify(order)
  }

  function refundOrder(order, body, res) {
    if (!["completed", "shipped", "partial_refunded"].includes(order.status)) return fail(res, 400, 1033, "Order cannot be refunded in its current status")
    if (body?.currency && body.currency !== order.currency) return fail(res, 400, 1002, "Invalid currency")
    let amount
    if (body?.checkout_data) {
      const items = body.checkout_data.items ?? []
      amount = -Math.round(items.filter((i) => Number(i.unit_price) < 0).reduce((s, i) => s + Number(i.unit_price) * Number(i.quantity), 0) * 100)
      if (!(amount > 0)) return fail(res, 400, 1016, "checkout_data has no refund line")
    } else {
      // As the real API: an omitted, empty or zero amount refunds the whole remainder.
      amount = body?.amount ? body.amount : order.amount - order.amount_refunded
      if (!Number.isInteger(amount) || amount < 0) return fail(res, 400, 1001, "Invalid amount")
    }
    if (order.amount_refunded + amount > order.amount) return fail(res, 400, 1034, "Refund amount exceeds the remaining order amount")
    const t = now()
    if (order.refunds.some((r) => r.amount === amount && t - r.at < FIVE_MINUTES && r.status !== "void")) {
      return fail(res, 400, 1034, "Duplicate refund: the same amount was refunded in the last 5 minutes")
    }
    const refund = { refund_id: newPspId(), transaction_id: newPspId(), amount, at: t, status: "reserved", description: body?.description ?? null }
    order.refunds.push(refund)
    order.amount_refunded += amount
    const stale = orderJson(order)
    setStatus(order, order.amount_refunded >= order.amount ? "refunded" : "partial_refunded", order.financial_status)
    send(res, 200, { success: true, data: { transaction_id: refund.transaction_id, refund_id: refund.refund_id, order_id: order.order_id } })
    return notify(order, {}, stale)
  }

  function voidAuthorization(order, body, res) {
    if (!body?.reason) return fail(res, 400, 1016, "reason is required")
    if (body.status !== "cancelled") return fail(res, 400, 1016, "status must be cancelled")
    if (!order._internal.manual || order.financial_status !== "initialized" || order.status !== "completed") {
      return fail(res, 400, 1000, "No open authorization to cancel")
    }
    setStatus(order, "void", "void")
    send(res, 200, { success: true, data: {} })
    return notify(order)
  }

  function listMethods(url, res) {
    const amount = url.searchParams.get("amount")
    const currency = url.searchParams.get("currency")?.toUpperCase()
    const country = url.searchParams.get("country")?.toUpperCase()
    const data = PAYMENT_METHODS.filter((m) => {
      if (amount && (Number(amount) < m.allowed_amount.min || (m.allowed_amount.max && Number(amount) > m.allowed_amount.max))) return false
      if (currency && !m.allowed_currencies.includes(currency)) return false
      if (country && m.allowed_countries.length && !m.allowed_countries.includes(country)) return false
      return true
    }).map((m) => ({ ...m, type: "payment-method", icon_urls: { large: `${baseUrl}/icons/${m.id}.png` } }))
    return send(res, 200, { success: true, data })
  }

  // ---- hosted payment page --------------------------------------------------------------------
  function paymentPage(order, sessionId) {
    const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    const amount = (order.amount / 100).toFixed(2)
    const btn = (o, label) => `<button type="submit" name="outcome" value="${o}">${label}</button>`
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MultiSafepay test payment</title></head>
<body><h1>MultiSafepay test payment</h1>
<p id="description">${esc(order.description)}</p><p id="amount">${esc(order.currency)} ${amount}</p>
<p>Status: <span id="status">${esc(order.status)}</span></p>
<form method="post" action="/connect/${sessionId}/pay">
<label>Method <select name="gateway">${PAYMENT_METHODS.map((m) => `<option value="${m.id}"${m.id === (order.gateway ?? "IDEAL") ? " selected" : ""}>${esc(m.name)}</option>`).join("")}</select></label>
<label>Test card number (optional) <input name="card_number" autocomplete="off"></label>
<label>Test IBAN (optional) <input name="iban" autocomplete="off"></label>
${btn("success", "Success")} ${btn("decline", "Decline")} ${btn("cancel", "Cancel")} ${btn("expire", "Expire")}
</form></body></html>`
  }

  async function readBody(req) {
    const chunks = []
    for await (const c of req) chunks.push(c)
    return Buffer.concat(chunks).toString("utf8")
  }

  // ---- router ---------------------------------------------------------------------------------
  async function handle(req, res) {
    const url = new URL(req.url, baseUrl)
    const raw = await readBody(req)
    const p = url.pathname
    // Hosted payment page
    let m = p.match(/^\/connect\/([a-f0-9]+)\/?$/)
    if (m && req.method === "GET") {
      const order = state.orders.get(state.sessions.get(m[1]))
      if (!order) return send(res, 404, { success: false, error_code: 1006, error_info: "Invalid transaction ID" })
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      return res.end(paymentPage(order, m[1]))
    }
    m = p.match(/^\/connect\/([a-f0-9]+)\/pay$/)
    if (m && req.method === "POST") {
      const order = state.orders.get(state.sessions.get(m[1]))
      if (!order) return send(res, 404, { success: false, error_code: 1006, error_info: "Invalid transaction ID" })
      const form = new URLSearchParams(raw)
      let outcome = form.get("outcome") ?? "success"
      const card = (form.get("card_number") ?? "").replace(/\s/g, "")
      const iban = (form.get("iban") ?? "").replace(/\s/g, "").toUpperCase()
      if (outcome === "success" && card && CARD_OUTCOMES[card]) outcome = CARD_OUTCOMES[card]
      if (outcome === "success" && iban && IBAN_OUTCOMES[iban]) outcome = IBAN_OUTCOMES[iban]
      // The card number / IBAN are only used to pick the scenario; never kept beyond the last 4.
      await applyOutcome(order.order_id, outcome, {}, { gateway: form.get("gateway") || undefined, card_number: card || undefined, iban: iban || undefined })
      const ok = order.status === "completed" || order.status === "uncleared" || order.status === "initialized"
      const target = ok ? order.payment_options?.redirect_url : order.payment_options?.cancel_url
      if (target) {
        const t = new URL(target)
        t.searchParams.set("transactionid", order.order_id)
        res.writeHead(302, { location: t.toString() })
        return res.end()
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      return res.end(`<!doctype html><html><body><h1 id="result">${order.status}</h1></body></html>`)
    }
    // Test control (not part of the real API)
    m = p.match(/^\/_test\/orders\/([^/]+)\/outcome$/)
    if (m && req.method === "POST") {
      const body = raw ? JSON.parse(raw) : {}
      const order = await applyOutcome(decodeURIComponent(m[1]), body.outcome, body.delivery ?? {}, body)
      return order ? send(res, 200, { success: true, data: JSON.parse(orderJson(order)) }) : fail(res, 404, 1006, "Invalid transaction ID")
    }
    m = p.match(/^\/_test\/orders\/([^/]+)\/chargeback$/)
    if (m && req.method === "POST") {
      const order = state.orders.get(decodeURIComponent(m[1]))
      if (!order || order.financial_status !== "completed") return fail(res, 400, 1000, "Order is not paid")
      const stale = orderJson(order)
      setStatus(order, "chargeback", "completed")
      send(res, 200, { success: true, data: JSON.parse(orderJson(order)) })
      return notify(order, {}, stale)
    }
    if (!p.startsWith("/v1/json/")) return fail(res, 404, 1000, "Not found")
    const key = req.headers["api_key"] ?? url.searchParams.get("api_key")
    if (key !== apiKey) return fail(res, 401, 1032, "Invalid API key")
    if (state.failNext) {
      const f = state.failNext
      state.failNext = null
      return fail(res, f.status ?? 500, f.code ?? 9999, f.info ?? "Unknown error")
    }
    let body
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      return fail(res, 400, 1016, "Invalid JSON")
    }
    state.requests.push({ method: req.method, path: p, body })
    const rest = p.slice("/v1/json".length)
    if (rest === "/orders" && req.method === "POST") return createOrder(body, res)
    if (rest === "/payment-methods" && req.method === "GET") return listMethods(url, res)
    m = rest.match(/^\/orders\/([^/]+)(\/refunds|\/capture)?$/)
    if (m) {
      const order = state.orders.get(decodeURIComponent(m[1]))
      if (!order) return fail(res, 404, 1006, "Invalid transaction ID")
      if (!m[2] && req.method === "GET") return send(res, 200, `{"success":true,"data":${orderJson(order)}}`)
      if (!m[2] && req.method === "PATCH") return patchOrder(order, body, res)
      if (m[2] === "/refunds" && req.method === "POST") return refundOrder(order, body, res)
      if (m[2] === "/capture" && req.method === "POST") return captureOrder(order, body, res)
    }
    m = rest.match(/^\/capture\/([^/]+)$/)
    if (m && req.method === "PATCH") {
      const order = state.orders.get(decodeURIComponent(m[1]))
      if (!order) return fail(res, 404, 1006, "Invalid transaction ID")
      return voidAuthorization(order, body, res)
    }
    return fail(res, 404, 1000, "Not found")
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) fail(res, 500, 9999, String(e && e.message))
    })
  })
  await new Promise((resolve) => server.listen(opts.port ?? 0, host, resolve))
  const port = server.address().port
  baseUrl = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`

  return {
    port,
    url: baseUrl,
    apiUrl: `${baseUrl}/v1/json`,
    apiKey,
    state,
    /** The payer's choice, as on the hosted page: success | decline | cancel | expire | uncleared | initialized. */
    pay: (orderId, outcome = "success", delivery = {}, detail = {}) => applyOutcome(orderId, outcome, delivery, detail),
    /**
     * Creates an order as POST /orders would, without HTTP (for fixtures built in bulk, e.g. the webhook
     * benchmark's copied checkouts). Same validation; throws with the MultiSafepay error code when invalid.
     */
    createOrder: (body) => {
      const r = createOrderRecord(body)
      if (r.error) throw Object.assign(new Error(`MultiSafepay error ${r.error.code}: ${r.error.info}`), { code: r.error.code })
      return r.data
    },
    order: (orderId) => state.orders.get(orderId),
    /** Writes the orders to `dataFile` now (after a test changed an order directly, e.g. its status). */
    save: () => opts.dataFile && writeOrdersAtomically(opts.dataFile, state),
    /** The card holder disputes a paid order at their bank: status `chargeback` (financial stays completed), notified. */
    chargeback: async (orderId, delivery = {}) => {
      const order = state.orders.get(orderId)
      if (!order || order.financial_status !== "completed") throw new Error(`order ${orderId} is not paid`)
      const stale = orderJson(order)
      setStatus(order, "chargeback", "completed")
      await notify(order, delivery, stale)
      return order
    },
    /** The body the notifier would POST for this order now (GET /orders/{id} JSON, bare integer transaction_id). */
    notificationBody: (orderId) => orderJson(state.orders.get(orderId)),
    /** Re-sends the current order JSON with a chosen timestamp (e.g. an old one, to test the window). */
    resend: (orderId, timestamp) => {
      const url = state.notificationUrl ?? state.orders.get(orderId)?.payment_options?.notification_url
      return deliverOnce(url, orderJson(state.orders.get(orderId)), timestamp, "resend")
    },
    setNotificationUrl: (url) => {
      state.notificationUrl = url
    },
    advanceClock: (ms) => {
      state.clockOffsetMs += ms
    },
    failNextRequest: (f) => {
      state.failNext = f
    },
    sign: (timestamp, rawBody) => signNotification(apiKey, String(timestamp), rawBody),
    reset: () => {
      state.orders.clear()
      state.sessions.clear()
      state.deliveries.length = 0
      state.requests.length = 0
      state.clockOffsetMs = 0
      changed()
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Keep-alive connections of a stopped client must not hold the port (a restart reuses the data file).
        server.closeAllConnections?.()
      }),
  }
}

exports.startFakeMultiSafepay = startFakeMultiSafepay
exports.signNotification = signNotification
exports.CARD_OUTCOMES = CARD_OUTCOMES
exports.IBAN_OUTCOMES = IBAN_OUTCOMES

if (require.main === module) {
  const args = process.argv.slice(2)
  const arg = (name, def) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : def
  }
  startFakeMultiSafepay({
    port: Number(arg("port", process.env.FAKE_MSP_PORT ?? 9101)),
    apiKey: arg("api-key", process.env.FAKE_MSP_API_KEY ?? "fake-msp-test-key"),
    notificationUrl: arg("notification-url", process.env.FAKE_MSP_NOTIFICATION_URL),
    host: arg("host", "127.0.0.1"),
    retryDelayMs: Number(arg("retry-delay-ms", 15000)),
    dataFile: arg("data-file", process.env.FAKE_MSP_DATA_FILE),
  }).then((f) => {
    console.log(`Fake MultiSafepay on ${f.apiUrl} (api key ${f.apiKey})`)
  })
}
