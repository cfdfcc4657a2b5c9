import { z } from "zod"

/** Request bodies and queries, as `plugins/repairs/src/utils/validation.ts` and the store validators accept them. */
export type RepairConsentScope = "none" | "boot_test" | "open_named_folders" | "read_product_code" | "copy_user_data" | "wipe_reinstall"
export type RepairStatus = "intake" | "diagnosing" | "awaiting_approval" | "in_progress" | "ready_for_pickup" | "delivered" | "closed" | "cancelled"
export type ListRepairsQuery = {
  limit?: number | undefined
  offset?: number | undefined
  fields?: string | undefined
  order?: "created_at" | "-created_at" | undefined
}
export type TrackRepairQuery = { token: string }
export type RepairTextsQuery = { locale?: "nl" | "en" | undefined }
/** `text_version`: the version of the `file_access` text the customer was shown. */
export type GiveRepairConsentBody = { scopes: RepairConsentScope[]; text_version: string }
export type WithdrawRepairConsentBody = { scopes?: RepairConsentScope[] | undefined }
/** `text_version`: the version of the `visibility` text the customer acknowledged. */
export type AcknowledgeVisibilityBody = { text_version: string }
export type EstimateDecisionBody = { decision: "approved" | "declined" }
export type RepairRequestBody =
  | { kind: "keep_longer"; keep_until: string }
  | { kind: "delete_sooner"; own_risk_acknowledged: true; text_version: string }
  | { kind: "data_wish"; text: string }

const iso = z.string()
const status = z.enum(["intake", "diagnosing", "awaiting_approval", "in_progress", "ready_for_pickup", "delivered", "closed", "cancelled"])
const scope = z.enum(["none", "boot_test", "open_named_folders", "read_product_code", "copy_user_data", "wipe_reinstall"])
const condition = z.object({ checklist: z.record(z.string(), z.boolean()), notes: z.string() })

/** The customer's own repair (Store API). */
export const StoreRepair = z.object({
  id: z.string(),
  status,
  work_type: z.string(),
  device: z.object({ type: z.string(), brand: z.string(), model: z.string(), serial: z.string().nullable() }),
  problem: z.string(),
  accessories: z.array(z.string()),
  intake_condition: condition,
  return_condition: condition.nullable(),
  estimate: z.object({ amount: z.number(), note: z.string().nullable(), status: z.enum(["none", "pending", "approved", "declined"]) }).nullable(),
  visibility_acknowledged_at: iso.nullable(),
  visibility_text_version: z.string().nullable(),
  permanent_deletion_allowed_at: iso.nullable(),
  data_wishes: z.string().nullable(),
  backup_keep_until: iso.nullable(),
  backup_delete_sooner_at: iso.nullable(),
  delivered_at: iso.nullable(),
  created_at: iso,
  history: z.array(z.object({ from_status: status.nullable(), to_status: status, at: iso })),
  consents: z.array(z.object({ scope, text_version: z.string(), method: z.string(), given_at: iso, withdrawn_at: iso.nullable() })),
  backups: z.array(z.object({ id: z.string(), category: z.string(), delete_on: iso.nullable(), removed_at: iso.nullable() })),
  deletion_certificates: z.array(z.object({ backup_id: z.string(), category: z.string(), removed_at: iso, sha256: z.string() })),
  requests: z.array(
    z.object({
      kind: z.enum(["keep_longer", "delete_sooner", "data_wish"]),
      keep_until: iso.nullable(),
      text: z.string().nullable(),
      via: z.string(),
      at: iso,
    })
  ),
})
export type StoreRepair = z.infer<typeof StoreRepair>

/** What a tracking link shows: status history, no personal data. */
export const TrackedRepair = z.object({
  id: z.string(),
  status,
  device: z.string(),
  locale: z.enum(["nl", "en"]),
  history: z.array(z.object({ status, at: iso })),
  estimate: z.object({ amount: z.number(), status: z.enum(["none", "pending", "approved", "declined"]) }).nullable(),
  backups: z.array(z.object({ category: z.string(), delete_on: iso.nullable(), removed_at: iso.nullable() })),
})
export type TrackedRepair = z.infer<typeof TrackedRepair>

export const ListRepairsResponse = z.object({ repairs: z.array(StoreRepair), count: z.number(), offset: z.number(), limit: z.number() })
export type ListRepairsResponse = z.infer<typeof ListRepairsResponse>
export const RepairResponse = z.object({ repair: StoreRepair })
export type RepairResponse = z.infer<typeof RepairResponse>
export const RepairRequestResponse = z.object({
  request: z.object({ id: z.string(), kind: z.enum(["keep_longer", "delete_sooner", "data_wish"]) }),
  repair: StoreRepair,
})
export type RepairRequestResponse = z.infer<typeof RepairRequestResponse>
export const TrackRepairResponse = z.object({ repair: TrackedRepair, expires_at: iso })
export type TrackRepairResponse = z.infer<typeof TrackRepairResponse>

/** The versioned texts shown before consent, acknowledgement or an own-risk request. */
export const RepairText = z.object({
  kind: z.enum(["file_access", "visibility", "permanent_deletion", "early_deletion"]),
  version: z.string(),
  title: z.string(),
  body: z.string(),
  locale: z.enum(["nl", "en"]),
})
export type RepairText = z.infer<typeof RepairText>
export const RepairTextsResponse = z.object({
  texts: z.array(RepairText),
  scopes: z.array(z.object({ scope, label: z.string() })),
})
export type RepairTextsResponse = z.infer<typeof RepairTextsResponse>
