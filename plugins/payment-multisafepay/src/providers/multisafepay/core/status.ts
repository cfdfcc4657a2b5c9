import { MspFinancialStatus, MspStatus } from "./types"

/** The provider's own view of a MultiSafepay order, before mapping onto Medusa. */
export type MspState = "pending" | "authorized" | "captured" | "canceled" | "error"

/**
 * Maps `status` + `financial_status` (reference §2, §7). BNPL `completed/uncleared` and manual-capture
 * `completed/initialized` are authorizations, not payments. Refunds and chargebacks follow a capture.
 */
export function mapMspStatus(status: MspStatus | string, financial: MspFinancialStatus | string | null | undefined, manualCapture = false): MspState {
  switch (status) {
    case "completed":
    case "shipped":
      if (financial === "completed") return "captured"
      if (financial === "uncleared") return "authorized"
      if (financial === "initialized" && manualCapture) return "authorized"
      if (status === "shipped") return "authorized"
      return "pending"
    case "refunded":
    case "partial_refunded":
    case "chargeback":
    case "chargedback":
      return "captured"
    case "initialized":
    case "uncleared":
    case "reserved":
      return "pending"
    case "declined":
      return "error"
    case "void":
    case "cancelled":
    case "expired":
      return "canceled"
    default:
      return "pending"
  }
}

/** Both spellings MultiSafepay uses for a chargeback (reference §2). */
export const CHARGEBACK_STATUSES: ReadonlySet<string> = new Set(["chargeback", "chargedback"])

const RANK: Record<MspState, number> = { pending: 0, error: 1, canceled: 1, authorized: 2, captured: 3 }

/**
 * Never moves backwards: a captured payment stays captured whatever a late or stale status says;
 * an authorization may still end as canceled (void/expired authorization), a pending one anything.
 */
export function mergeMspState(previous: MspState | undefined, next: MspState): MspState {
  if (!previous) return next
  if (previous === "captured") return "captured"
  if (previous === "authorized") return next === "pending" || next === "error" ? "authorized" : next
  if (previous === "canceled" || previous === "error") {
    // A payment completing after cancellation is real money: report it (flagged as late elsewhere).
    return RANK[next] >= 2 ? next : previous
  }
  return next
}
