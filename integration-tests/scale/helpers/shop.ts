import { AxiosInstance } from "axios"
import http from "http"

/** Store/Admin API steps over plain HTTP against a running instance (no container in this process). */

export const publishable = () => ({ "x-publishable-api-key": process.env.SCALE_PUBLISHABLE_KEY! })

let counter = 0

/** Every customer registerCustomer makes has this password (the erasure request asks for it). */
export const PASSWORD = "Geheim-123!"

export async function registerCustomer(api: AxiosInstance) {
  const email = `schaal${++counter}-${Date.now()}@example.nl`
  const password = PASSWORD
  const reg = await api.post("/auth/customer/emailpass/register", { email, password })
  if (reg.status !== 200) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.data)}`)
  const created = await api.post(
    "/store/customers",
    { email, first_name: "Jan", last_name: "Jansen" },
    { headers: { ...publishable(), authorization: `Bearer ${reg.data.token}` } }
  )
  if (created.status !== 200) throw new Error(`customer: ${created.status} ${JSON.stringify(created.data)}`)
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { email, id: created.data.customer.id as string, headers: { ...publishable(), authorization: `Bearer ${login.data.token}` } }
}

export type Customer = Awaited<ReturnType<typeof registerCustomer>>

export async function adminHeaders(api: AxiosInstance) {
  const { data, status } = await api.post("/auth/user/emailpass", { email: process.env.SCALE_ADMIN_EMAIL, password: process.env.SCALE_ADMIN_PASSWORD })
  if (status !== 200) throw new Error(`admin login: ${status}`)
  return { authorization: `Bearer ${data.token}` }
}

export async function variantId(api: AxiosInstance) {
  const { data } = await api.get("/store/products?handle=softview-27-qhd&fields=variants.id,variants.sku", { headers: publishable() })
  return data.products[0].variants.find((v: { sku: string }) => v.sku === "SV-27QHD").id as string
}

export async function createLot(api: AxiosInstance, admin: Record<string, string>, variant: string, endsInMs = 3600_000) {
  const now = Date.now()
  const res = await api.post(
    "/admin/auctions",
    {
      variant_id: variant,
      starts_at: new Date(now - 60_000).toISOString(),
      ends_at: new Date(now + endsInMs).toISOString(),
      starting_price: 10,
      increments: [{ from: 0, increment: 1 }],
      anti_sniping: { window_seconds: 0, extension_seconds: 0, cap_seconds: 0 },
    },
    { headers: admin }
  )
  if (res.status !== 200 && res.status !== 201) throw new Error(`lot: ${res.status} ${JSON.stringify(res.data)}`)
  return res.data.auction as { id: string }
}

export const bid = (api: AxiosInstance, lotId: string, headers: Record<string, string>, amount: number) =>
  api.post(`/store/auctions/${lotId}/bids`, { amount }, { headers })

/** An SSE client: collects every event of one lot's stream until closed. */
export function openStream(url: string) {
  const events: { event: string; data: any }[] = []
  let req: http.ClientRequest
  const opened = new Promise<void>((resolve, reject) => {
    req = http.get(url, { headers: publishable() }, (res) => {
      let buf = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => {
        buf += chunk
        let i
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i)
          buf = buf.slice(i + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          if (!event) continue
          events.push({ event, data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null") })
          if (event === "snapshot") resolve()
        }
      })
    })
    req.on("error", reject)
  })
  return { events, opened, close: () => req.destroy() }
}

export async function waitFor<T>(
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 30_000,
  what = "condition"
): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
