import { MedusaContainer } from "@medusajs/framework/types"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { AxiosInstance } from "axios"
import http from "http"
import { registerCustomer, SeededShop } from "./shop"

export const AUCTION = "auction"

/** Registers an admin user through the auth routes and returns bearer headers. */
export async function adminHeaders(api: AxiosInstance, container: MedusaContainer) {
  const email = `admin-${Date.now()}-${Math.round(Math.random() * 1e6)}@softshop.test`
  const password = "Admin-Geheim-1!"
  const { data: reg } = await api.post("/auth/user/emailpass/register", { email, password })
  const payload = JSON.parse(Buffer.from(reg.token.split(".")[1], "base64url").toString())
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: payload.auth_identity_id, userData: { email } },
  })
  const { data: login } = await api.post("/auth/user/emailpass", { email, password })
  return { authorization: `Bearer ${login.token}` }
}

export type LotInput = Record<string, unknown>

/** Creates a lot through the Admin API; by default active now and ending in an hour. */
export async function createLot(api: AxiosInstance, admin: Record<string, string>, shop: SeededShop, body: LotInput = {}) {
  const now = Date.now() + ((body.__offset as number) ?? 0)
  delete body.__offset
  const { data } = await api.post(
    "/admin/auctions",
    {
      variant_id: shop.variantId,
      starts_at: new Date(now - 60_000).toISOString(),
      ends_at: new Date(now + 3600_000).toISOString(),
      starting_price: 10,
      increments: [
        { from: 0, increment: 1 },
        { from: 100, increment: 5 },
      ],
      ...body,
    },
    { headers: admin }
  )
  return data.auction as { id: string; ends_at: string; [k: string]: unknown }
}

export async function bidders(api: AxiosInstance, shop: SeededShop, n: number) {
  const out = []
  for (let i = 0; i < n; i++) out.push(await registerCustomer(api, shop, { first_name: `Bieder${i}` }))
  return out
}

/** Places a bid and returns the raw response (never throws on 4xx). */
export function bid(api: AxiosInstance, lotId: string, headers: Record<string, string>, amount: number, max?: number) {
  return api.post(`/store/auctions/${lotId}/bids`, max === undefined ? { amount } : { amount, max_amount: max }, { headers, validateStatus: () => true })
}

/** Reads a Server-Sent Events stream until `until` returns true for a received event. */
export function readEvents(
  url: string,
  headers: Record<string, string>,
  until: (event: { event: string; data: any }) => boolean,
  onOpen: () => void,
  timeoutMs = 15_000
) {
  return new Promise<{ event: string; data: any }[]>((resolve, reject) => {
    const events: { event: string; data: any }[] = []
    const req = http.get(url, { headers }, (res) => {
      let buf = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => {
        buf += chunk
        let i
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i)
          buf = buf.slice(i + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message"
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null")
          events.push({ event, data })
          if (event === "snapshot") onOpen()
          if (until({ event, data })) {
            clearTimeout(timer)
            req.destroy()
            resolve(events)
          }
        }
      })
    })
    const timer = setTimeout(() => {
      req.destroy()
      reject(new Error(`SSE timeout; got ${events.map((e) => e.event).join(",")}`))
    }, timeoutMs)
    req.on("error", (e) => {
      if (!events.length) reject(e)
    })
  })
}
