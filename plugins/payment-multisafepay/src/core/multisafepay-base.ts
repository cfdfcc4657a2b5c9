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
import { MANUAL_CAPTURE_GATEWAYS } from "./gateways"
import { MultiSafepayApiError, MultiSafepayClient, parseLossless } from "./client"
import { toMajor, toMinor } from "./money"
import { API_URLS, MultiSafepayOptions, parseOptions, ResolvedMultiSafepayOptions } from "./options"
import { clock, registerProvider } from "./registry"
import { verifyNotification } from "./signature"
import { mapMspStatus, mergeMspState, MspState } from "./status"
import { MspCreateOrderRequest, MspOrder, MultiSafepaySessionData } from "./types"

type InjectedDependencies = { logger: Logger }

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
  /** `order_id:status:financial_status` → until when a repeat is dropped (see webhookDedupeSeconds). */
  private readonly recentWebhooks_ = new Map<string, number>()

  static validateOptions(options: Record<string, unknown>) {
    parseOptions(options)
  }

  constructor(container: InjectedDependencies, options: MultiSafepayOptions) {
    super(container as unknown as Record<string, unknown>, options)
    this.logger_ = container.logger
    this.options_ = parseOptions(options)
    this.client = new MultiSafepayClient(this.options_.apiBaseUrl ?? API_URLS[this.options_.environment], this.options_.apiKey, this.options_.timeoutMs)
    registerProvider((this.constructor as typeof MultiSafepayBase).identifier, this)
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
    const manual = this.options_.manualCapture && !!gateway && MANUAL_CAPTURE_GATEWAYS.has(gateway)
    const body: MspCreateOrderRequest = {
      type: "redirect",
      order_id: orderId,
      gateway,
      currency,
      amount,
      description: `Softshop ${orderId}`.slice(0, 200),
      var1: sessionId,
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
      plugin: { shop: "Medusa", plugin_version: "0.1.0", partner: "Softshop" },
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
      history.push({ status: order.status, financial_status: order.financial_status ?? null, at: clock.now().toISOString() })
    }
    return {
      state,
      data: {
        ...data,
        order_id: order.order_id,
        transaction_id: order.transaction_id != null ? String(order.transaction_id) : data.transaction_id ?? null,
        msp_status: order.status,
        msp_financial_status: order.financial_status ?? null,
        payment_type: order.payment_details?.type ?? data.payment_type ?? null,
        manual_capture: manual,
        late_payment: data.late_payment || ((previous === "canceled" || previous === "error") && (state === "captured" || state === "authorized")),
        status_history: history.slice(-MAX_HISTORY),
        checkout: null,
      },
    }
  }

  async sync(data: MultiSafepaySessionData) {
    if (!data?.order_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "MultiSafepay: the session has no order_id")
    const order = await this.client.getOrder(data.order_id)
    return this.applyOrder(data, order)
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
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `MultiSafepay order ${data.order_id} cannot be captured: status ${data.msp_status}/${data.msp_financial_status}`)
    }
    const at = clock.now().toISOString()
    if (data.bnpl || data.msp_financial_status === "uncleared") {
      // BNPL: marking the order shipped is what captures and invoices it.
      await this.client.updateOrder(data.order_id!, { status: "shipped" })
      const after = await this.sync({ ...data, captures: [...(data.captures ?? []), { transaction_id: null, amount_minor: data.amount_minor ?? 0, at }] })
      return { data: after.data as Record<string, unknown> }
    }
    const res = await this.client.capture(data.order_id!, { amount: data.amount_minor!, new_order_status: "completed" })
    const after = await this.sync({ ...data, captures: [...(data.captures ?? []), { transaction_id: String(res.transaction_id), amount_minor: data.amount_minor!, at }] })
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

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as unknown as MultiSafepaySessionData
    const currency = data.currency ?? "EUR"
    const amount = toMinor(input.amount, currency)
    // Never send an empty amount: MultiSafepay then refunds the whole order.
    if (!Number.isInteger(amount) || amount <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MultiSafepay refund amount must be greater than 0")
    }
    let res
    if (data.bnpl) {
      const order = await this.client.getOrder(data.order_id!)
      const items = order.shopping_cart?.items ?? []
      res = await this.client.refund(data.order_id!, {
        checkout_data: {
          items: [...items, { name: "Refund", quantity: 1, unit_price: -toMajor(amount, currency), merchant_item_id: `refund-${(data.refunds?.length ?? 0) + 1}`, tax_table_selector: "none" }],
        },
      })
    } else {
      res = await this.client.refund(data.order_id!, { currency, amount, description: `Refund ${data.order_id}` })
    }
    const refunds = [...(data.refunds ?? []), { transaction_id: String(res.transaction_id), amount_minor: amount, at: clock.now().toISOString() }]
    return { data: { ...data, refunds } as Record<string, unknown> }
  }

  // ---------------------------------------------------------------------------- webhooks

  private isRepeat(key: string) {
    const ttl = this.options_.webhookDedupeSeconds * 1000
    if (!ttl) return false
    const now = clock.now().getTime()
    if ((this.recentWebhooks_.get(key) ?? 0) > now) return true
    if (this.recentWebhooks_.size > 10_000) {
      for (const [k, until] of this.recentWebhooks_) if (until <= now) this.recentWebhooks_.delete(k)
    }
    this.recentWebhooks_.set(key, now + ttl)
    return false
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignore: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
    const raw = payload.rawData
    const rawBody = Buffer.isBuffer(raw) ? raw : typeof raw === "string" ? Buffer.from(raw, "utf8") : undefined
    const header = payload.headers?.["auth"] as string | undefined
    if (!rawBody?.length) {
      this.logger_.warn("MultiSafepay webhook rejected: empty body")
      return ignore
    }
    // Verify BEFORE parsing anything in the body.
    const check = verifyNotification(rawBody, header, this.options_.apiKey, Math.floor(clock.now().getTime() / 1000), this.options_.webhookToleranceSeconds)
    if (!check.valid) {
      this.logger_.warn(`MultiSafepay webhook rejected: ${check.reason}`)
      return ignore
    }
    let note: Partial<MspOrder>
    try {
      note = parseLossless<Partial<MspOrder>>(rawBody.toString("utf8"))
    } catch {
      this.logger_.warn("MultiSafepay webhook rejected: body is not JSON")
      return ignore
    }
    if (note.payload_type === "pretransaction" || typeof note.order_id !== "string" || !note.order_id) return ignore
    // The notification is only a hint: the order as MultiSafepay reports it now is the truth.
    let order: MspOrder
    try {
      order = await this.client.getOrder(note.order_id)
    } catch (e) {
      if (e instanceof MultiSafepayApiError && e.mspCode === 1006) return ignore
      throw e
    }
    const sessionId = order.var1
    if (!sessionId) return ignore
    const manual = order.payment_details?.capture === "manual"
    const state = mapMspStatus(order.status, order.financial_status, manual)
    if ((state === "captured" || state === "authorized") && this.isRepeat(`${order.order_id}:${order.status}:${order.financial_status}`)) {
      // Same truth as a notification handled moments ago: Medusa's workflow is idempotent, but running it
      // again for every duplicate only queues behind the cart lock. A failed first run is still recovered
      // by the storefront's cart completion or the reconciliation job.
      return ignore
    }
    return {
      action: WEBHOOK_ACTION[state],
      data: { session_id: sessionId, amount: toMajor(order.amount, order.currency) },
    }
  }
}
