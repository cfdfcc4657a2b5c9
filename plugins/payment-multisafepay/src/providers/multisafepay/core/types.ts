/** MultiSafepay order status (`status`); both chargeback spellings occur. */
export type MspStatus =
  | "initialized"
  | "completed"
  | "uncleared"
  | "declined"
  | "cancelled"
  | "void"
  | "expired"
  | "refunded"
  | "partial_refunded"
  | "reserved"
  | "shipped"
  | "chargeback"
  | "chargedback"

export type MspFinancialStatus = "initialized" | "completed" | "uncleared" | "declined" | "cancelled" | "void" | "expired"

export type MspAddress = {
  first_name?: string
  last_name?: string
  address1?: string
  address2?: string
  house_number?: string
  zip_code?: string
  city?: string
  state?: string
  country?: string
  phone?: string
  email?: string
}

export type MspCartItem = {
  name: string
  description?: string
  quantity: number
  /** Major units, excluding VAT. */
  unit_price: number
  merchant_item_id: string
  tax_table_selector: string
}

export type MspTaxTables = {
  default: { shipping_taxed: boolean; rate: number }
  alternate: { name: string; standalone: boolean; rules: { rate: number; country?: string }[] }[]
}

export type MspCreateOrderRequest = {
  type: "redirect" | "direct" | "paymentlink"
  order_id: string
  gateway?: string
  currency: string
  /** Minor units. */
  amount: number
  description: string
  var1?: string
  var2?: string
  seconds_active?: number
  capture?: "manual"
  payment_options: {
    notification_url?: string
    notification_method: "POST"
    redirect_url?: string
    cancel_url?: string
    close_window?: boolean
  }
  customer?: MspAddress & { locale?: string; ip_address?: string }
  delivery?: MspAddress
  shopping_cart?: { items: MspCartItem[] }
  checkout_options?: { validate_cart?: boolean; tax_tables: MspTaxTables }
  plugin?: { shop: string; plugin_version: string; partner?: string }
}

export type MspCreateOrderResponse = { order_id: string; payment_url: string; session_id?: string }

export type MspOrder = {
  /** Kept as a string: PSP ids exceed 2^53. */
  transaction_id: string | null
  order_id: string
  status: MspStatus
  financial_status: MspFinancialStatus | null
  amount: number
  amount_refunded: number
  currency: string
  created?: string
  modified?: string
  var1?: string | null
  var2?: string | null
  gateway?: string | null
  payment_details?: { type?: string; capture?: string | null; capture_remain?: number } | null
  shopping_cart?: { items: MspCartItem[] } | null
  checkout_options?: { tax_tables: MspTaxTables } | null
  related_transactions?: unknown
  payload_type?: string
}

export type MspRefundRequest =
  { currency: string; amount: number; description?: string; refund_order_id?: string } | { checkout_data: { items: MspCartItem[] } }

export type MspRefundResponse = { transaction_id: string; refund_id?: string; order_id?: string }
export type MspCaptureResponse = { transaction_id: string; order_id: string }

export type MspPaymentMethod = {
  id: string
  name: string
  allowed_amount?: { min: number; max: number | null }
  allowed_countries?: string[]
  allowed_currencies?: string[]
  shopping_cart_required?: boolean
  icon_urls?: Record<string, string>
}

/** What this provider keeps in Medusa's payment session / payment `data`: ids and statuses, never card or bank data. */
export type MultiSafepaySessionData = {
  session_id: string
  /** The cart being paid (also sent as MultiSafepay `var2`, so a payment whose session is gone still names its cart). */
  cart_id?: string | null
  order_id?: string
  attempt?: number
  payment_url?: string
  gateway?: string | null
  manual_capture?: boolean
  bnpl?: boolean
  transaction_id?: string | null
  msp_status?: MspStatus
  msp_financial_status?: MspFinancialStatus | null
  payment_type?: string | null
  amount_minor?: number
  currency?: string
  status_history?: { status: string; financial_status: string | null; at: string }[]
  refunds?: { transaction_id: string; amount_minor: number; at: string }[]
  captures?: { transaction_id: string | null; amount_minor: number; at: string }[]
  late_payment?: boolean
  /** Transient checkout details from the Store API middleware; cleared (null) before the session is stored. */
  checkout?: CheckoutSnapshot | null
}

export type CheckoutSnapshot = {
  cart_id?: string
  ip_address?: string
  locale?: string
  email?: string
  billing?: MedusaAddressLike | null
  shipping?: MedusaAddressLike | null
  items?: { title: string; sku?: string | null; quantity: number; subtotal: number; tax_total: number; tax_rate: number }[]
  shipping_lines?: { name: string; subtotal: number; tax_total: number; tax_rate: number }[]
}

export type MedusaAddressLike = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

/** Track-and-trace of a shipment as MultiSafepay's ship update (`PATCH /orders/{id}`) takes it. */
export type MultiSafepayShipment = {
  tracktrace_code: string
  tracktrace_url?: string
  carrier?: string
  /** YYYY-MM-DD */
  ship_date: string
}
