import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type AdminRepair = {
  id: string
  customer_id: string
  technician_user_id: string | null
  status: string
  work_type: string
  device_type: string
  device_brand: string
  device_model: string
  device_serial: string | null
  problem: string
  accessories: { items: string[] }
  intake_condition: { checklist: Record<string, boolean>; notes: string }
  return_condition: { checklist: Record<string, boolean>; notes: string } | null
  estimate: number | null
  estimate_note: string | null
  estimate_status: string
  visibility_ack_version: string | null
  visibility_ack_at: string | null
  permanent_deletion_version: string | null
  permanent_deletion_at: string | null
  has_device_password: boolean
  data_wishes: string | null
  delivered_at: string | null
  created_at: string
}

export type Consent = {
  id: string
  scope: string
  text_version: string
  method: string
  signature_name: string | null
  given_at: string
  withdrawn_at: string | null
}
export type Backup = {
  id: string
  repair_id: string
  category: string
  store_id: string
  location: string
  size_bytes: number
  sha256: string
  delete_on: string | null
  delete_by: string | null
  removed_at: string | null
  overdue?: boolean
}
export type Text = { version: string; title: Record<string, string>; body: Record<string, string> }

export type Dossier = {
  repair: AdminRepair
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  history: { id: string; from_status: string | null; to_status: string; actor: string; created_at: string }[]
  consents: Consent[]
  file_accesses: { id: string; scope: string; reason: string; allowed: boolean; refusal: string | null; actor: string; created_at: string }[]
  backups: Backup[]
  deletion_certificates: { id: string; backup_id: string; store_id: string; sha256: string; removed_at: string; run_id: string }[]
  requests: { id: string; kind: string; keep_until: string | null; text: string | null; via: string; created_at: string }[]
  next_statuses: string[]
  texts: Record<"file_access" | "visibility" | "permanent_deletion" | "early_deletion", Text>
  backup_stores: string[]
}

export const day = (v: string | null | undefined) => (v ? new Date(v).toLocaleDateString() : "–")
export const when = (v: string | null | undefined) => (v ? new Date(v).toLocaleString() : "–")
