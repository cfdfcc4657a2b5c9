// Paid MultiSafepay checkouts for the webhook benchmark, made fast enough for 2,000 of them.
//
// A handful are made through the Store API exactly as a storefront makes them (cart, line item,
// address, shipping method, payment collection, MultiSafepay payment session, which creates the
// order at the fake). The rest are copies of those, written in one SQL transaction: every row of the
// template's cart graph (cart, its addresses, line items and their tax lines/adjustments, shipping
// methods and theirs, promotions link, payment collection and its cart link, payment session) with
// new ids, and a payment session that holds its own MultiSafepay order_id. Each copy's order is then
// created on the fake with the template's request body (new order_id/var1) and paid there, so a
// notification for it goes through the same path as the template's: signed POST → verify → re-fetch
// GET /orders/{id} → Medusa's processPaymentWorkflow → cart completion and capture.
import crypto from "node:crypto"

/** Rows of a cart's graph, in insertion order (parents first). `select` gets the template cart ids as $1. */
const GRAPH = [
  { table: "cart_address", select: "select * from cart_address where id in (select shipping_address_id from cart where id = any($1) union select billing_address_id from cart where id = any($1))" },
  { table: "cart", select: "select * from cart where id = any($1)" },
  { table: "cart_line_item", select: "select * from cart_line_item where cart_id = any($1) and deleted_at is null" },
  { table: "cart_line_item_tax_line", select: "select * from cart_line_item_tax_line where deleted_at is null and item_id in (select id from cart_line_item where cart_id = any($1))" },
  { table: "cart_line_item_adjustment", select: "select * from cart_line_item_adjustment where deleted_at is null and item_id in (select id from cart_line_item where cart_id = any($1))" },
  { table: "cart_shipping_method", select: "select * from cart_shipping_method where cart_id = any($1) and deleted_at is null" },
  { table: "cart_shipping_method_tax_line", select: "select * from cart_shipping_method_tax_line where deleted_at is null and shipping_method_id in (select id from cart_shipping_method where cart_id = any($1))" },
  { table: "cart_shipping_method_adjustment", select: "select * from cart_shipping_method_adjustment where deleted_at is null and shipping_method_id in (select id from cart_shipping_method where cart_id = any($1))" },
  { table: "cart_promotion", select: "select * from cart_promotion where cart_id = any($1) and deleted_at is null" },
  { table: "payment_collection", select: "select * from payment_collection where id in (select payment_collection_id from cart_payment_collection where cart_id = any($1) and deleted_at is null)" },
  { table: "cart_payment_collection", select: "select * from cart_payment_collection where cart_id = any($1) and deleted_at is null" },
  { table: "payment_collection_payment_providers", select: "select * from payment_collection_payment_providers where payment_collection_id in (select payment_collection_id from cart_payment_collection where cart_id = any($1) and deleted_at is null)" },
  { table: "payment_session", select: "select * from payment_session where deleted_at is null and payment_collection_id in (select payment_collection_id from cart_payment_collection where cart_id = any($1) and deleted_at is null)" },
]

/** Columns that hold an id of another row in the graph (remapped in each copy); other ids (region, variant, customer …) are shared. */
const REFS = ["id", "cart_id", "shipping_address_id", "billing_address_id", "item_id", "shipping_method_id", "payment_collection_id"]

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** A new id with the same prefix as `old` (`cart_…`, `pay_col_…`, `payses_…`) and a 26-character ULID-like tail. */
function newIdLike(old) {
  const prefix = old.slice(0, old.lastIndexOf("_") + 1)
  const bytes = crypto.randomBytes(26)
  let tail = ""
  for (const b of bytes) tail += CROCKFORD[b & 31]
  return prefix + tail
}

/** One storefront checkout through the Store API, paid for at the fake (its notification is not sent). */
export async function storefrontCheckout({ call, auth, regionId, variantId, fake }) {
  const { cart } = await call("POST", "/store/carts", { region_id: regionId }, auth)
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, auth)
  await call("POST", `/store/carts/${cart.id}`, {
    shipping_address: { first_name: "Bench", last_name: "Klant", address_1: "Kerkstraat 1", city: "Utrecht", postal_code: "3511 AB", country_code: "nl" },
  }, auth)
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, auth)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, auth)
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, auth)
  const { payment_collection: pc } = await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_multisafepay_multisafepay", data: { gateway: "IDEAL" } }, auth)
  const session = pc.payment_sessions[0]
  await fake.pay(session.data.order_id, "success", { skip: true })
  return { cartId: cart.id, sessionId: session.id, orderId: session.data.order_id }
}

/**
 * Writes `count` copies of the template checkouts (round robin) in one transaction and creates and
 * pays each copy's MultiSafepay order on the fake. Returns the copies as { cartId, sessionId, orderId }.
 */
export async function copyCheckouts({ client, fake, templates, count }) {
  const templateCarts = templates.map((t) => t.cartId)
  const rowsByTable = new Map()
  for (const { table, select } of GRAPH) {
    const { rows } = await client.query(select, [templateCarts])
    rowsByTable.set(table, rows)
  }
  const cartOf = new Map() // template row id → template cart id, so each copy clones one template's rows
  const owner = (table, row) => {
    if (table === "cart") return row.id
    if (table === "cart_address") return rowsByTable.get("cart").find((c) => c.shipping_address_id === row.id || c.billing_address_id === row.id)?.id
    if (row.cart_id) return row.cart_id
    if (row.item_id) return cartOf.get(row.item_id)
    if (row.shipping_method_id) return cartOf.get(row.shipping_method_id)
    if (row.payment_collection_id) return cartOf.get(row.payment_collection_id)
    if (table === "payment_collection") return rowsByTable.get("cart_payment_collection").find((l) => l.payment_collection_id === row.id)?.cart_id
    return undefined
  }
  for (const { table } of GRAPH) for (const row of rowsByTable.get(table)) if (row.id) cartOf.set(row.id, owner(table, row))

  const now = new Date().toISOString()
  const copies = []
  const inserts = new Map(GRAPH.map((g) => [g.table, []]))
  for (let k = 0; k < count; k++) {
    const template = templates[k % templates.length]
    const ids = new Map()
    const remap = (v) => {
      if (typeof v !== "string" || cartOf.get(v) !== template.cartId) return v
      if (!ids.has(v)) ids.set(v, newIdLike(v))
      return ids.get(v)
    }
    for (const { table } of GRAPH) {
      for (const row of rowsByTable.get(table)) {
        if (owner(table, row) !== template.cartId) continue
        const copy = { ...row, created_at: now, updated_at: now }
        for (const col of REFS) if (col in copy) copy[col] = remap(copy[col])
        inserts.get(table).push(copy)
      }
    }
    const cartId = ids.get(template.cartId)
    const sessionId = ids.get(template.sessionId)
    // The copy's own MultiSafepay order: the template's request with this session's order_id, var1 (session)
    // and var2 (cart).
    const request = fake.order(template.orderId)._internal.request
    const created = fake.createOrder({ ...request, order_id: sessionId, var1: sessionId, var2: cartId, description: `Softshop ${sessionId}` })
    const session = inserts.get("payment_session").find((s) => s.id === sessionId)
    session.data = { ...session.data, session_id: sessionId, cart_id: cartId, order_id: created.order_id, payment_url: created.payment_url }
    await fake.pay(created.order_id, "success", { skip: true })
    copies.push({ cartId, sessionId, orderId: created.order_id })
  }

  await client.query("begin")
  try {
    for (const { table } of GRAPH) {
      const rows = inserts.get(table)
      if (!rows.length) continue
      const ident = client.escapeIdentifier(table)
      await client.query(`insert into ${ident} select * from json_populate_recordset(null::${ident}, $1::json)`, [JSON.stringify(rows)])
    }
    await client.query("commit")
  } catch (e) {
    await client.query("rollback")
    throw e
  }
  return copies
}
