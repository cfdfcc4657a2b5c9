export type FakeOutcome = "success" | "decline" | "cancel" | "expire" | "uncleared" | "initialized"
export type FakeDelivery = { skip?: boolean; duplicates?: number; outOfOrder?: boolean; pretransaction?: boolean }
export type FakeDeliveryRecord = {
  order_id: string
  kind: string
  url: string
  body: string
  auth: string
  timestamp: number
  status: number
  text: string
}
export type FakeMultiSafepay = {
  port: number
  url: string
  apiUrl: string
  apiKey: string
  state: { deliveries: FakeDeliveryRecord[]; requests: { method: string; path: string; body: any }[]; orders: Map<string, any> }
  pay(orderId: string, outcome?: FakeOutcome, delivery?: FakeDelivery, detail?: { gateway?: string; card_number?: string; iban?: string }): Promise<any>
  order(orderId: string): any
  /** Writes the orders to `dataFile` now (after a test changed an order object directly). */
  save(): void
  /** The card holder disputes a paid order: status `chargeback`, notified like any status change. */
  chargeback(orderId: string, delivery?: FakeDelivery): Promise<any>
  /** The body the notifier would POST for this order now. */
  notificationBody(orderId: string): string
  /** POST /orders without HTTP (same validation); throws "MultiSafepay error <code>: …" when invalid. */
  createOrder(body: Record<string, unknown>): { order_id: string; payment_url: string; session_id: string }
  resend(orderId: string, timestamp?: number): Promise<boolean>
  setNotificationUrl(url: string | undefined): void
  advanceClock(ms: number): void
  failNextRequest(f: { status?: number; code?: number; info?: string }): void
  sign(timestamp: number | string, rawBody: string): string
  reset(): void
  close(): Promise<void>
}
export function startFakeMultiSafepay(opts?: {
  port?: number
  apiKey?: string
  notificationUrl?: string
  retryDelayMs?: number
  host?: string
  /** Keep the orders in this JSON file (written atomically after every change) so they survive a restart. */
  dataFile?: string
}): Promise<FakeMultiSafepay>
export function signNotification(apiKey: string, timestamp: string, rawBody: string): string
export const CARD_OUTCOMES: Record<string, string>
export const IBAN_OUTCOMES: Record<string, string>
