import type Medusa from "@medusajs/js-sdk"
import type { ZodType } from "zod"

/** What every plugin file receives: the js-sdk client (same auth and publishable key as `sdk.store.*`). */
export type SdkClient = Medusa["client"]

export type ClientOptions = {
  /**
   * Validate every response against the schemas in `@softshop/medusa-js/schemas` and throw a
   * `ResponseShapeError` naming the field when it does not match (tests and development). Default: false.
   */
  validateResponses?: boolean
}

/** A response that does not have the shape this client promises (only with `validateResponses`). */
export class ResponseShapeError extends Error {
  constructor(
    readonly route: string,
    readonly issues: { path: PropertyKey[]; message: string }[]
  ) {
    super(`${route}: response does not match @softshop/medusa-js: ${issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`)
    this.name = "ResponseShapeError"
  }
}

type Init = { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, unknown>; headers?: Record<string, string> }

/** The one place every plugin file sends a request through: `client.fetch` plus optional shape checks. */
export type Transport = {
  sdk: SdkClient
  request<T>(route: string, path: string, schema: ZodType<T>, init?: Init): Promise<T>
}

export function transport(sdk: SdkClient, options: ClientOptions = {}): Transport {
  return {
    sdk,
    async request<T>(route: string, path: string, schema: ZodType<T>, init: Init = {}) {
      const raw = await sdk.fetch<unknown>(path, init as Parameters<SdkClient["fetch"]>[1])
      if (!options.validateResponses) return raw as T
      const parsed = schema.safeParse(raw)
      if (!parsed.success) throw new ResponseShapeError(route, parsed.error.issues)
      return parsed.data
    },
  }
}

/** Path segment of an id: encoded, so an id can never change the route. */
export const seg = (id: string) => encodeURIComponent(id)
