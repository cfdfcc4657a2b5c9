import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export const fetchJson = <T>(path: string, init?: { method?: string; body?: unknown }) =>
  sdk.client.fetch<T>(path, { method: init?.method ?? "GET", body: init?.body as any })
