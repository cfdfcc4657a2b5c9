import {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus as PaymentSessionStatusType,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { toMspAddress } from "./address"
import { buildShoppingCart, isBnpl } from "./cart"
import { isGatewayAllowed, MANUAL_CAPTURE_GATEWAYS } from "./gateways"
import { MultiSafepayClient } from "./client"
import { toMajor, toMinor } from "./money"
import { API_URLS, MultiSafepayOptions, parseOptions, ResolvedMultiSafepayOptions } from "./options"
import { createLimiter, Limiter } from "./limiter"
import { NotificationReader } from "./notifications"
import { WebhookTraffic } from "./traffic"
import { AdjustableClock } from "./clock"
import { mapMspStatus, mergeMspState, MspState } from "./status"
import { MspCreateOrderRequest, MspOrder, MspPaymentMethod, MultiSafepaySessionData, MultiSafepayShipment } from "./types"

/** The payment module's container, as Medusa hands it to providers (its config module included). */
type InjectedDependencies = { logger: Logger; configModule?: { modules?: Record<string, unknown> } }

/** The plugin's own module (late payments, disputes); registered when the plugin, not only the provider, is installed. */
const PLUGIN_MODULE = "multisafepay"
const PAYMENT_METHODS_CACHE_MS = 60_000

const SESSION_STATUS: Record<MspState, PaymentSessionStatusType> = {
  pending: PaymentSessionStatus.PENDING,
  authorized: PaymentSessionStatus.AUTHORIZED,
  captured: PaymentSessionStatus.CAPTURED,
  canceled: PaymentSessionStatus.CANCELED,
  error: PaymentSessionStatus.ERROR,
}

const WEBHOOK_ACTION: Record<MspState, WebhookActionResult["action"]> = {
  pending: PaymentActions.PENDING,
  authorized: PaymentActions.AUTHORIZED,
  captured: PaymentActions.SUCCESSFUL,
  canceled: PaymentActions.CANCELED,
  error: PaymentActions.FAILED,
}

/** Keys of the stored session data; anything else MultiSafepay returns (customer, payment_details) is dropped. */
const MAX_HISTORY = 20

/**
 * MultiSafepay payment provider (redirect checkout on the JSON API v1). Stores only ids and statuses in
 * Medusa; card and bank data stay at MultiSafepay's hosted payment page.
 */
export class MultiSafepayBase extends AbstractPaymentProvider<MultiSafepayOptions> {
  static identifier = "multisafepay"

  protected readonly options_: ResolvedMultiSafepayOptions
  protected readonly logger_: Logger
  readonly client: MultiSafepayClient
  /** Reads and verifies webhooks (shared with the plugin's webhook subscriber). */
  readonly notifications: NotificationReader
  /** Bounds the notifications this process acts on at once (`webhookConcurrency`; one while `webhookTraffic` bursts). */
  readonly webhookLimiter: Limiter
  /** The webhooks this process acknowledged in the last second (the plugin's webhook route counts them). */
  readonly webhookTraffic: WebhookTraffic
  /** This provider's "now" (tests move it); handed to everything the provider builds. */
  readonly clock: AdjustableClock
  private readonly cradle_: InjectedDependencies
  private readonly methodsCache_ = new Map<string, { at: number; methods: MspPaymentMethod[] }>()

  static validateOptions(options: Record<string, unknown>) {
    parseOptions(options)
  }

  constructor(container: InjectedDependencies, options: MultiSafepayOptions) {
    super(container as unknown as Record<string, unknown>, options)
    this.cradle_ = container
    this.logger_ = container.logger
    this.options_ = parseOptions(options)
    this.clock = new AdjustableClock()
    this.client = new MultiSafepayClient(this.options_.apiBaseUrl ?? API_URLS[this.options_.environment], this.options_.apiKey, this.options_.timeoutMs)
    this.notifications = new NotificationReader(this.client, this.options_, this.logger_, this.clock)
    this.webhookTraffic = new WebhookTraffic()
    this.webhookLimiter = createLimiter(this.options_.webhookConcurrency, { yieldWhile: () => this.webhookTraffic.bursting() })
  }

  /** What the admin's settings/health view shows of this provider: never the API key. */
  describeSettings() {
    const o = this.options_
    return {
      environment: o.environment,
      api_host: new URL(o.apiBaseUrl ?? API_URLS[o.environment]).host,
      custom_api_url: !!o.apiBaseUrl,
      notification_url: o.notificationUrl ?? null,
      gateways: o.gateways ?? null,
      manual_capture: o.manualCapture,
      last_webhook_at: this.notifications.lastVerifiedAt?.toISOString() ?? null,
    }
  }

  /**
   * Whether the plugin (its module, routes and webhook subscriber) is installed in this shop, read from the
   * shop's configuration (Medusa merges a plugin's modules into it at boot), the same in every process.
   */
  protected pluginInstalled(): boolean {
    try {
      return !!this.cradle_.configModule?.modules?.[PLUGIN_MODULE]
    } catch {
      return false
    }
  }

  /**
   * The methods MultiSafepay offers for an amount, currency and country (`GET /payment-methods`), kept
   * `PAYMENT_METHODS_CACHE_MS` per provider, filtered by the `gateways` option.
   */
  async listAvailableMethods(query: { amount: number; currency: string; country?: string }): Promise<MspPaymentMethod[]> {
    const key = `${query.amount}:${query.currency}:${query.country ?? ""}`
    const now = this.clock.now().getTime()
    let hit = this.methodsCache_.get(key)
    if (!hit || now - hit.at > PAYMENT_METHODS_CACHE_MS) {
      hit = { at: now, methods: await this.client.listPaymentMethods({ amount: query.amount, currency: query.currency, country: query.country || undefined }) }
      if (this.methodsCache_.size > 1000) this.methodsCache_.clear()
      this.methodsCache_.set(key, hit)
    }
    return hit.methods.filter((m) => isGatewayAllowed(m.id, this.options_.gateways))
  }

  get options() {
    return this.options_
  }

  // ---------------------------------------------------------------------------- session lifecycle

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = (input.data ?? {}) as Partial<MultiSafepaySessionData>
    const sessionId = data.session_id ?? (input.context?.idempotency_key as string | undefined)
    if (!sessionId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "MultiSafepay: the payment session id is missing")
    const attempt = (data.attempt ?? 0) + 1
    const order = await this.createMspOrder(input, sessionId, attempt, data)
    return { id: order.data.order_id!, data: order.data as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  /** Deterministic order id per session attempt: a retried request cannot create a second payable order. */
  orderIdFor(sessionId: string, attempt: number) {
    return attempt === 1 ? sessionId : `${sessionId}-${attempt}`
  }

  private async createMspOrder(
    input: { amount: InitiatePaymentInput["amount"]; currency_code: string; context?: InitiatePaymentInput["context"] },
    sessionId: string,
    attempt: number,
    data: Partial<MultiSafepaySessionData>
  ): Promise<{ data: MultiSafepaySessionData }> {
    const currency = input.currency_code.toUpperCase()
    const amount = toMinor(input.amount, currency)
    const gateway = data.gateway ?? undefined
    const snapshot = data.checkout ?? undefined
    const customer = input.context?.customer
    const email = snapshot?.email ?? customer?.email ?? undefined
    const billing = snapshot?.billing ?? snapshot?.shipping ?? (customer?.billing_address as any) ?? null
    const orderId = this.orderIdFor(sessionId, attempt)
    const cartId = snapshot?.cart_id ?? data.cart_id ?? null
    const manual = this.options_.manualCapture && !!gateway && MANUAL_CAPTURE_GATEWAYS.has(gateway)
    const body: MspCreateOrderRequest = {
      type: "redirect",
      order_id: orderId,
      gateway,
      currency,
      amount,
      description: this.options_.orderDescription.split("{order_id}").join(orderId).slice(0, 200),
      var1: sessionId,
      ...(cartId ? { var2: cartId } : {}),
      seconds_active: this.options_.secondsActive,
      ...(manual ? { capture: "manual" as const } : {}),
      payment_options: {
        notification_url: this.options_.notificationUrl,
        notification_method: "POST",
        redirect_url: this.options_.redirectUrl,
        cancel_url: this.options_.cancelUrl,
        close_window: false,
      },
      customer: {
        ...(toMspAddress(billing, email) ?? (email ? { email } : {})),
        locale: snapshot?.locale ?? this.options_.locale,
        ip_address: snapshot?.ip_address,
      },
      delivery: toMspAddress(snapshot?.shipping ?? null, email),
      plugin: { shop: "Medusa", plugin_version: "0.1.0", ...(this.options_.partner ? { partner: this.options_.partner } : {}) },
    }
    if (isBnpl(gateway)) {
      if (!snapshot?.items?.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `MultiSafepay: gateway ${gateway} needs the cart; create the session through the Store API`)
      }
      const cart = buildShoppingCart(snapshot)
      body.shopping_cart = { items: cart.items }
      body.checkout_options = { validate_cart: true, tax_tables: cart.taxTables }
    }
    const created = await this.client.createOrder(body)
    return {
      data: {
        session_id: sessionId,
        cart_id: cartId,
        order_id: created.order_id,
        attempt,
        payment_url: created.payment_url,
        gateway: gateway ?? null,
        manual_capture: manual,
        bnpl: isBnpl(gateway),
        amount_minor: amount,
        currency,
        msp_status: "initialized",
        msp_financial_status: "initialized",
        transaction_id: null,
        status_history: [],
        refunds: [],
        captures: [],
        // Overwrites the transient address/cart snapshot Medusa would otherwise keep in the session.
        checkout: null,
      },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = input.data as unknown as MultiSafepaySessionData
    const amount = toMinor(input.amount, input.currency_code)
    if (data.order_id && amount === data.amount_minor && input.currency_code.toUpperCase() === data.currency) {
      return { data: input.data, status: PaymentSessionStatus.PENDING }
    }
    // A changed amount needs a new MultiSafepay order: a new attempt id, the old page stays unpaid.
    if (data.order_id) await this.cancelQuietly(data.order_id)
    const next = await this.createMspOrder(input, data.session_id, (data.attempt ?? 1) + 1, data)
    return { data: next.data as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const data = input.data as unknown as MultiSafepaySessionData
    if (data?.order_id && mapMspStatus(data.msp_status ?? "initialized", data.msp_financial_status) === "pending") {
      await this.cancelQuietly(data.order_id)
    }
    return { data: input.data }
  }

  private async cancelQuietly(orderId: string) {
    try {
      await this.client.updateOrder(orderId, { status: "cancelled", exclude_order: true })
    } catch (e) {
      this.logger_.warn(`MultiSafepay: could not cancel superseded order ${orderId}: ${(e as Error).message}`)
    }
  }

  // ---------------------------------------------------------------------------- status

  /** Applies a fetched MultiSafepay order onto the stored data, never moving a payment backwards. */
  applyOrder(data: MultiSafepaySessionData, order: MspOrder): { data: MultiSafepaySessionData; state: MspState } {
    const previous = data.msp_status ? mapMspStatus(data.msp_status, data.msp_financial_status, data.manual_capture) : undefined
    const manual = data.manual_capture || order.payment_details?.capture === "manual"
    const fetched = mapMspStatus(order.status, order.financial_status, manual)
    const state = mergeMspState(previous, fetched)
    const changed = order.status !== data.msp_status || order.financial_status !== data.msp_financial_status
    const history = [...(data.status_history ?? [])]
    if (changed) {
      history.push({ status: order.status, financial_status: order.financial_status ?? null, at: this.clock.now().toISOString() })
    }
    return {
      state,
      data: {
        ...data,
        order_id: order.order_id,
        transaction_id: order.transaction_id != null ? String(order.transaction_id) : (data.transaction_id ?? null),
        msp_status: order.status,
        msp_financial_status: order.financial_status ?? null,
        payment_type: order.payment_details?.type ?? data.payment_type ?? null,
        manual_capture: manual,
        // Paid after MultiSafepay cancelled/expired it (a decline may legitimately be retried on the same page).
        late_payment: data.late_payment || (previous === "canceled" && (state === "captured" || state === "authorized")),
        status_history: history.slice(-MAX_HISTORY),
        checkout: null,
      },
    }
  }

  async sync(data: MultiSafepaySessionData) {
    if (!data?.order_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "MultiSafepay: the session has no order_id")
    const order = await this.client.getOrder(data.order_id)
    return { ...this.applyOrder(data, order), order }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const { data, state } = await this.sync(input.data as unknown as MultiSafepaySessionData)
    return { data: data as Record<string, unknown>, status: SESSION_STATUS[state] }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const { data, state } = await this.sync(input.data as unknown as MultiSafepaySessionData)
    return { data: data as Record<string, unknown>, status: SESSION_STATUS[state] }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const { data } = await this.sync(input.data as unknown as MultiSafepaySessionData)
    return { data: data as Record<string, unknown> }
  }

  // ---------------------------------------------------------------------------- money movements

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const current = input.data as unknown as MultiSafepaySessionData
    const { data, state } = await this.sync(current)
    if (state === "captured") return { data: data as Record<string, unknown> }
    if (state !== "authorized") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `MultiSafepay order ${data.order_id} cannot be captured: status ${data.msp_status}/${data.msp_financial_status}`
      )
    }
    const at = this.clock.now().toISOString()
    if (data.bnpl || data.msp_financial_status === "uncleared") {
      // BNPL: marking the order shipped is what captures and invoices it.
      await this.client.updateOrder(data.order_id!, { status: "shipped" })
      const after = await this.sync({ ...data, captures: [...(data.captures ?? []), { transaction_id: null, amount_minor: data.amount_minor ?? 0, at }] })
      return { data: after.data as Record<string, unknown> }
    }
    const res = await this.client.capture(data.order_id!, { amount: data.amount_minor!, new_order_status: "completed" })
    const after = await this.sync({
      ...data,
      captures: [...(data.captures ?? []), { transaction_id: String(res.transaction_id), amount_minor: data.amount_minor!, at }],
    })
    return { data: after.data as Record<string, unknown> }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const current = input.data as unknown as MultiSafepaySessionData
    if (!current?.order_id) return { data: input.data }
    const { data, state } = await this.sync(current)
    if (state === "canceled" || state === "error") return { data: data as Record<string, unknown> }
    if (state === "captured") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `MultiSafepay order ${data.order_id} is already paid: refund it instead of cancelling`)
    }
    if (state === "authorized" && data.manual_capture && !data.bnpl) {
      await this.client.voidAuthorization(data.order_id!, "Cancelled in Medusa")
    } else {
      await this.client.updateOrder(data.order_id!, { status: "cancelled", exclude_order: true })
    }
    return { data: (await this.sync(data)).data as Record<string, unknown> }
  }

  /**
   * The ship update with track-and-trace (`PATCH status=shipped`), sent when the order's parcel is shipped.
   * For BNPL this is also what captures; for other methods MultiSafepay keeps it for the merchant's records.
   */
  async markShipped(orderId: string, shipment: MultiSafepayShipment): Promise<void> {
    await this.client.updateOrder(orderId, { status: "shipped", ...shipment })
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as unknown as MultiSafepaySessionData
    const currency = data.currency ?? "EUR"
    const amount = toMinor(input.amount, currency)
    // Never send an empty amount: MultiSafepay then refunds the whole order.
    if (!Number.isInteger(amount) || amount <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MultiSafepay refund amount must be greater than 0")
    }
    const res = await this.refundAtMultiSafepay(data.order_id!, amount, currency, !!data.bnpl, (data.refunds?.length ?? 0) + 1)
    const refunds = [...(data.refunds ?? []), { transaction_id: String(res.transaction_id), amount_minor: amount, at: this.clock.now().toISOString() }]
    return { data: { ...data, refunds } as Record<string, unknown> }
  }

  /** Refund of an explicit amount (minor units); BNPL orders through a negative cart line. */
  private async refundAtMultiSafepay(orderId: string, amount: number, currency: string, bnpl: boolean, sequence: number) {
    if (bnpl) {
      const order = await this.client.getOrder(orderId)
      const items = order.shopping_cart?.items ?? []
      return this.client.refund(orderId, {
        checkout_data: {
          items: [
            ...items,
            { name: "Refund", quantity: 1, unit_price: -toMajor(amount, currency), merchant_item_id: `refund-${sequence}`, tax_table_selector: "none" },
          ],
        },
      })
    }
    return this.client.refund(orderId, { currency, amount, description: `Refund ${orderId}` })
  }

  /**
   * Gives back a late payment that has no live Medusa payment (its payment was canceled with the order,
   * or it never got one): refunds what MultiSafepay has not refunded yet (explicit amount), or releases an
   * authorization (void for manual capture, cancel for BNPL). Idempotent: nothing left is not an error.
   */
  async releaseLatePayment(mspOrderId: string): Promise<{ outcome: "refunded" | "voided"; transaction_id: string | null; amount_minor: number }> {
    const order = await this.client.getOrder(mspOrderId)
    const manual = order.payment_details?.capture === "manual"
    const state = mapMspStatus(order.status, order.financial_status, manual)
    if (state === "captured") {
      const remaining = order.amount - (order.amount_refunded ?? 0)
      if (remaining <= 0) return { outcome: "refunded", transaction_id: null, amount_minor: 0 }
      const bnpl = isBnpl(order.payment_details?.type ?? order.gateway)
      const res = await this.refundAtMultiSafepay(order.order_id, remaining, order.currency, bnpl, 1)
      return { outcome: "refunded", transaction_id: String(res.transaction_id), amount_minor: remaining }
    }
    if (state === "authorized") {
      if (manual && order.financial_status === "initialized") await this.client.voidAuthorization(order.order_id, "Paid after the order was cancelled")
      else await this.client.updateOrder(order.order_id, { status: "cancelled", exclude_order: true })
      return { outcome: "voided", transaction_id: null, amount_minor: order.amount }
    }
    if (state === "canceled") return { outcome: "voided", transaction_id: null, amount_minor: 0 }
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `MultiSafepay order ${order.order_id} is ${order.status}: there is no payment to give back`)
  }

  // ---------------------------------------------------------------------------- webhooks

  /**
   * Medusa's generic webhook subscriber asks this. When the plugin is installed, its own subscriber
   * (subscribers/multisafepay-webhook.ts) handles MultiSafepay notifications instead (late-payment screen,
   * bounded concurrency), so this answers "not supported" to keep them from being processed twice. With
   * the provider alone it reads the notification and hands Medusa the action.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignore: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
    if (this.pluginInstalled()) return ignore
    const note = await this.notifications.read(payload)
    if (!note) return ignore
    return { action: WEBHOOK_ACTION[note.state], data: { session_id: note.sessionId, amount: toMajor(note.order.amount, note.order.currency) } }
  }

  /** The Medusa webhook action for a MultiSafepay state. */
  webhookAction(state: MspState) {
    return WEBHOOK_ACTION[state]
  }
}
