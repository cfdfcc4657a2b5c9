import { MedusaError } from "@medusajs/framework/utils"
import { MspCaptureResponse, MspCreateOrderRequest, MspCreateOrderResponse, MspOrder, MspPaymentMethod, MspRefundRequest, MspRefundResponse } from "./types"

type Envelope<T> = { success: boolean; data: T; error_code?: number; error_info?: string }

/** An error answer of the MultiSafepay API, carrying its documented code. */
export class MultiSafepayApiError extends MedusaError {
  constructor(
    public readonly mspCode: number,
    info: string,
    public readonly httpStatus: number
  ) {
    super(errorType(mspCode, httpStatus), `MultiSafepay error ${mspCode}: ${info}${hint(mspCode)}`)
  }
}

function errorType(code: number, status: number) {
  if (code === 1006 && status === 404) return MedusaError.Types.NOT_FOUND
  if (code === 1033 || code === 1034 || code === 1024) return MedusaError.Types.NOT_ALLOWED
  if (status >= 500 || code === 9999) return MedusaError.Types.UNEXPECTED_STATE
  return MedusaError.Types.INVALID_DATA
}

function hint(code: number) {
  if (code === 1032) return " (check the provider option apiKey and that environment matches the key: test keys only work on test)"
  if (code === 1034) return " (a refund of the same amount within 5 minutes is a duplicate, or the refunds exceed the order amount)"
  return ""
}

/** PSP ids are 16–17 digit integers: quote them before JSON.parse so they survive exactly. */
export function parseLossless<T>(text: string): T {
  return JSON.parse(text.replace(/"(transaction_id|refund_id)"\s*:\s*(-?\d+)/g, '"$1":"$2"')) as T
}

/** Typed client for the documented subset of MultiSafepay's JSON API v1, on Node's fetch. */
export class MultiSafepayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs = 15_000
  ) {}

  private async request<T>(method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    const url = new URL(this.baseUrl.replace(/\/$/, "") + path)
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v)
    let res: Response
    try {
      res = await fetch(url, {
        method,
        // The key goes in a header, never in the query string (it would end up in access logs).
        headers: { api_key: this.apiKey, "content-type": "application/json", accept: "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (e) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `MultiSafepay is unreachable (${method} ${path}): ${(e as Error).name}`)
    }
    const text = await res.text()
    let parsed: Envelope<T> | undefined
    try {
      parsed = text ? parseLossless<Envelope<T>>(text) : undefined
    } catch {
      parsed = undefined
    }
    // Success is decided by `success`, not only the HTTP code (reference §1.7).
    if (!parsed || parsed.success !== true) {
      throw new MultiSafepayApiError(parsed?.error_code ?? 9999, parsed?.error_info ?? `HTTP ${res.status}`, res.status)
    }
    return parsed.data
  }

  createOrder(body: MspCreateOrderRequest) {
    return this.request<MspCreateOrderResponse>("POST", "/orders", body)
  }
  getOrder(orderId: string) {
    return this.request<MspOrder>("GET", `/orders/${encodeURIComponent(orderId)}`)
  }
  updateOrder(orderId: string, body: Record<string, unknown>) {
    return this.request<Record<string, unknown>>("PATCH", `/orders/${encodeURIComponent(orderId)}`, body)
  }
  refund(orderId: string, body: MspRefundRequest) {
    return this.request<MspRefundResponse>("POST", `/orders/${encodeURIComponent(orderId)}/refunds`, body)
  }
  capture(orderId: string, body: { amount: number; new_order_status: "completed"; description?: string }) {
    return this.request<MspCaptureResponse>("POST", `/orders/${encodeURIComponent(orderId)}/capture`, body)
  }
  voidAuthorization(orderId: string, reason: string) {
    return this.request<Record<string, unknown>>("PATCH", `/capture/${encodeURIComponent(orderId)}`, { status: "cancelled", reason })
  }
  listPaymentMethods(q: { amount?: number; currency?: string; country?: string }) {
    const query: Record<string, string> = {}
    if (q.amount !== undefined) query.amount = String(q.amount)
    if (q.currency) query.currency = q.currency.toUpperCase()
    if (q.country) query.country = q.country.toUpperCase()
    return this.request<MspPaymentMethod[]>("GET", "/payment-methods", undefined, query)
  }
}
