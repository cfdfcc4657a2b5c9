import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AxiosInstance } from "axios"
import sharp from "sharp"
import { SeededShop } from "./shop"

export const REVIEW = "review"
export const ok = { validateStatus: () => true }

/** The product of the seeded variant (the one every checkout helper buys). */
export async function seededProductId(container: MedusaContainer, variantId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantId },
  })
  return data[0].product_id as string
}

/** Another published product of the seed (so tests do not share summaries). */
export async function seededProducts(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "variants.id"],
    filters: { status: "published" },
  })
  return data as { id: string; handle: string; variants: { id: string }[] }[]
}

/** A checkout of one variant whose shipping name differs from the account's name (the "checkout name"). */
export async function placeOrder(
  api: AxiosInstance,
  shop: SeededShop,
  headers: Record<string, string>,
  variantId: string,
  checkoutName = { first_name: "Kassa", last_name: "Betaalnaam" }
) {
  const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
  const cartId = data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
  const address = {
    ...checkoutName,
    address_1: "Kerkstraat 12",
    city: "Utrecht",
    postal_code: "3511 AB",
    country_code: "nl",
    phone: "+31612345678",
  }
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
  const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
  return done.order.id as string
}

/** Fulfils every item of an order and, unless told otherwise, marks the fulfilment delivered (Admin API). */
export async function fulfil(api: AxiosInstance, admin: Record<string, string>, orderId: string, deliver = true) {
  const { data: o } = await api.get(`/admin/orders/${orderId}?fields=*items`, {
    headers: admin,
  })
  const items = o.order.items.map((i: { id: string; quantity: number }) => ({
    id: i.id,
    quantity: Number(i.quantity),
  }))
  const { data: f } = await api.post(`/admin/orders/${orderId}/fulfillments?fields=fulfillments.id`, { items }, { headers: admin })
  const fulfillmentId = f.order.fulfillments[0].id
  if (deliver) await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, { headers: admin })
  return fulfillmentId as string
}

/** The stored summary next to a recount of the approved reviews, straight from SQL. */
export async function summaryAndRecount(api: AxiosInstance, container: MedusaContainer, shop: SeededShop, productId: string) {
  const { data } = await api.get(`/store/reviews/summary?product_id=${productId}`, { headers: shop.headers })
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await knex.raw(
    `select rating, count(*)::int as n from review where product_id = ? and status = 'approved' and deleted_at is null group by rating`,
    [productId]
  )
  const histogram: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  let count = 0
  let sum = 0
  for (const r of rows) {
    histogram[r.rating] = r.n
    count += r.n
    sum += r.n * r.rating
  }
  const recount = {
    count,
    histogram,
    average: count ? Math.round((sum / count) * 100) / 100 : null,
  }
  const { count: c, histogram: h, average: a } = data.summary
  return { stored: { count: c, histogram: h, average: a }, recount }
}

/** A JPEG carrying an EXIF block with a GPS position (IFD3), made with sharp. */
export async function gpsTaggedJpeg() {
  return sharp({
    create: {
      width: 320,
      height: 240,
      channels: 3,
      background: { r: 200, g: 30, b: 30 },
    },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "SoftshopTestCam", Model: "GPS-1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 5/1 24/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "5/1 7/1 12/1",
      },
    })
    .toBuffer()
}

/** Whether an EXIF block (as sharp's metadata().exif returns it) has a GPS IFD pointer (tag 0x8825) in IFD0. */
export function exifHasGps(exif: Buffer | undefined) {
  if (!exif) return false
  const start = exif.indexOf("Exif\0\0") === 0 ? 6 : 0
  const tiff = exif.subarray(start)
  const le = tiff.toString("ascii", 0, 2) === "II"
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o))
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o))
  const ifd0 = u32(4)
  const n = u16(ifd0)
  for (let i = 0; i < n; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true
  return false
}
