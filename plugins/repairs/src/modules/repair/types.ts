import { ConsentScope, RepairStatus } from "./constants"

export type RepairRow = {
  id: string
  customer_id: string
  technician_user_id: string | null
  status: RepairStatus
  work_type: string
  device_type: string
  device_brand: string
  device_model: string
  device_serial: string | null
  problem: string
  accessories: { items: string[] }
  intake_condition: Condition
  return_condition: Condition | null
  estimate_cents: number | null
  estimate_note: string | null
  estimate_status: "none" | "pending" | "approved" | "declined"
  estimate_decided_at: Date | null
  estimate_decided_via: string | null
  visibility_ack_version: string | null
  visibility_ack_at: Date | null
  visibility_ack_via: string | null
  permanent_deletion_version: string | null
  permanent_deletion_at: Date | null
  credential_ciphertext: string | null
  credential_set_at: Date | null
  credential_purged_at: Date | null
  data_wishes: string | null
  backup_keep_until: Date | null
  backup_delete_sooner_at: Date | null
  backup_deletion_mailed_at: Date | null
  order_id: string | null
  line_item_id: string | null
  locale: "nl" | "en"
  delivered_at: Date | null
  closed_at: Date | null
  cancelled_at: Date | null
  sequence: number
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type Condition = { checklist: Record<string, boolean>; notes: string }

export type BackupRow = {
  id: string
  repair_id: string
  category: string
  store_id: string
  location: string
  size_bytes: string | number
  sha256: string
  key_ref: string
  created_by: string
  delete_on: Date | null
  delete_by: Date | null
  claim_run_id: string | null
  claimed_at: Date | null
  removed_at: Date | null
  overdue_alerted_at: Date | null
  created_at: Date
}

export type ConsentRow = {
  id: string
  repair_id: string
  scope: ConsentScope
  text_version: string
  method: string
  signature_name: string | null
  actor: string
  given_at: Date
  withdrawn_at: Date | null
  withdrawn_by: string | null
}

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult, LegalHold } from "../../types/privacy-contract"
