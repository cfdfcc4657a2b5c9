import { ConsentScope, OPEN_STATUSES, RepairStatus } from "./constants"
import { addDays, dayOf, MAX_DAYS, nextSweepDay, plannedDeletionDay } from "./schedule"
import { Condition, RepairRow } from "./types"

/** The status flow. Cancelling is allowed from every open state. */
export const NEXT: Record<RepairStatus, RepairStatus[]> = {
  intake: ["diagnosing"],
  diagnosing: ["awaiting_approval"],
  // A declined estimate returns the device unrepaired.
  awaiting_approval: ["in_progress", "ready_for_pickup"],
  in_progress: ["ready_for_pickup"],
  ready_for_pickup: ["delivered"],
  delivered: ["closed"],
  closed: [],
  cancelled: [],
}

export function allowedNext(status: RepairStatus): RepairStatus[] {
  return [...NEXT[status], ...(OPEN_STATUSES.includes(status) ? (["cancelled"] as RepairStatus[]) : [])]
}

export type TransitionInput = {
  to: RepairStatus
  estimate?: { amount_cents: number; note?: string | null }
  return_condition?: Condition
}

export type TransitionFacts = { scopes: Set<ConsentScope>; backupStores: string[] }

/** Why a transition is refused: a plain state conflict, or a missing file-access scope. */
export type Refusal = { kind: "state"; message: string } | { kind: "scope"; scope: ConsentScope; message: string }

/** Checks a transition against the flow and the customer's choices; null when it may happen. */
export function refuseTransition(r: RepairRow, input: TransitionInput, facts: TransitionFacts): Refusal | null {
  const to = input.to
  if (!allowedNext(r.status).includes(to)) {
    return { kind: "state", message: `Repair ${r.id} cannot move from ${r.status} to ${to}` }
  }
  if (to === "awaiting_approval" && !input.estimate) {
    return { kind: "state", message: "estimate is required to ask for approval" }
  }
  if (r.status === "awaiting_approval" && to === "in_progress" && r.estimate_status !== "approved") {
    return { kind: "state", message: `the estimate of repair ${r.id} is not approved` }
  }
  if (r.status === "awaiting_approval" && to === "ready_for_pickup" && r.estimate_status !== "declined") {
    return { kind: "state", message: `only a declined estimate returns repair ${r.id} unrepaired` }
  }
  if (to === "in_progress") {
    if (!r.visibility_ack_version) {
      return { kind: "state", message: `the visibility notice of repair ${r.id} is not acknowledged` }
    }
    if (r.work_type === "reinstall") {
      if (!facts.scopes.has("wipe_reinstall")) {
        return { kind: "scope", scope: "wipe_reinstall", message: "consent scope wipe_reinstall is missing" }
      }
      if (!r.permanent_deletion_version) {
        if (!facts.scopes.has("copy_user_data")) {
          return { kind: "scope", scope: "copy_user_data", message: "consent scope copy_user_data is missing for the backup" }
        }
        if (new Set(facts.backupStores).size < 2) {
          return {
            kind: "state",
            message: `a reinstall needs two backup copies in two distinct backup stores first (repair ${r.id} has ${new Set(facts.backupStores).size})`,
          }
        }
      }
    }
  }
  if (to === "delivered" && !input.return_condition) {
    return { kind: "state", message: "return_condition is required at delivery" }
  }
  return null
}

/** The row changes of an allowed transition. */
export function transitionPatch(r: RepairRow, input: TransitionInput, now: Date): Partial<RepairRow> {
  const patch: Partial<RepairRow> = { status: input.to, sequence: r.sequence + 1 }
  if (input.to === "awaiting_approval" && input.estimate) {
    patch.estimate_cents = input.estimate.amount_cents
    patch.estimate_note = input.estimate.note ?? null
    patch.estimate_status = "pending"
    patch.estimate_decided_at = null
    patch.estimate_decided_via = null
  }
  if (input.to === "delivered") {
    patch.delivered_at = now
    patch.return_condition = input.return_condition!
    // Device credentials never outlive the repair.
    patch.credential_ciphertext = null
    if (r.credential_ciphertext) patch.credential_purged_at = now
  }
  if (input.to === "closed") patch.closed_at = now
  if (input.to === "cancelled") {
    patch.cancelled_at = now
    patch.credential_ciphertext = null
    if (r.credential_ciphertext) patch.credential_purged_at = now
  }
  return patch
}

export type DeletionPlan = { delete_on: Date; delete_by: Date }

/**
 * When a repair's backups are deleted. Default: the sweep day 14–30 days after
 * delivery. Keep longer: the first sweep day after the agreed date. Sooner (own
 * risk): today. Before delivery there is no plan (null) unless deletion sooner was asked.
 */
export function deletionPlan(
  r: Pick<RepairRow, "delivered_at" | "cancelled_at" | "backup_keep_until" | "backup_delete_sooner_at">,
  sweepDays: number[],
  minDays: number
): DeletionPlan | null {
  if (r.backup_delete_sooner_at) {
    const day = dayOf(new Date(r.backup_delete_sooner_at))
    return { delete_on: day, delete_by: addDays(day, 1) }
  }
  const end = r.delivered_at ?? r.cancelled_at
  if (!end) return null
  const delivered = new Date(end)
  if (r.backup_keep_until) {
    const day = nextSweepDay(addDays(new Date(r.backup_keep_until), 1), sweepDays)
    return { delete_on: day, delete_by: addDays(day, 1) }
  }
  return { delete_on: plannedDeletionDay(delivered, sweepDays, minDays), delete_by: addDays(delivered, MAX_DAYS + 1) }
}
