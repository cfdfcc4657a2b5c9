/** Gateway ids documented by MultiSafepay (gateway-ids.md) that a redirect checkout can use. */
export const KNOWN_GATEWAYS = new Set([
  "IDEAL",
  "VISA",
  "MASTERCARD",
  "AMEX",
  "MAESTRO",
  "CREDITCARD",
  "MISTERCASH",
  "PAYPAL",
  "APPLEPAY",
  "GOOGLEPAY",
  "KLARNA",
  "IN3",
  "AFTERPAY",
  "BNPL_MF",
  "BILLINK",
  "EINVOICE",
  "BANKTRANS",
  "DIRDEB",
  "TRUSTLY",
  "EPS",
  "MBWAY",
  "MULTIBANCO",
  "BIZUM",
])

export function isGatewayAllowed(gateway: string, allowList?: string[]) {
  if (!KNOWN_GATEWAYS.has(gateway)) return false
  return !allowList?.length || allowList.includes(gateway)
}

/** Manual capture exists for cards (Visa, Mastercard, Maestro) and card wallets (manual-capture.md; SW6 ManualCaptureHelper). */
export const MANUAL_CAPTURE_GATEWAYS = new Set(["VISA", "MASTERCARD", "MAESTRO", "CREDITCARD", "APPLEPAY", "GOOGLEPAY"])
