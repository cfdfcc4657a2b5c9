import RepairModuleService from "../modules/repair/service"
import { RepairRow } from "../modules/repair/types"

type Dossier = Awaited<ReturnType<RepairModuleService["dossier"]>>

/** The admin view of a repair: everything but the device password ciphertext. */
export function adminRepair(r: RepairRow) {
  const { credential_ciphertext, deleted_at, ...rest } = r as RepairRow & Record<string, unknown>
  return { ...rest, estimate: r.estimate_cents === null ? null : r.estimate_cents / 100, has_device_password: !!credential_ciphertext }
}

const num = (v: unknown) => (v && typeof v === "object" && "numeric" in (v as object) ? Number((v as any).numeric) : Number(v))

export function adminDossier(d: Dossier) {
  return {
    repair: adminRepair(d.repair),
    history: d.history,
    consents: d.consents,
    file_accesses: d.accesses,
    backups: d.backups.map((b: any) => ({ ...b, size_bytes: num(b.size_bytes), raw_size_bytes: undefined })),
    deletion_certificates: d.certificates.map((c: any) => ({ ...c, size_bytes: num(c.size_bytes), raw_size_bytes: undefined })),
    requests: d.requests,
    audit: d.audits,
  }
}

/** What the customer sees of their own repair (Store API). */
export function storeRepair(d: Dossier) {
  const r = d.repair
  return {
    id: r.id,
    status: r.status,
    work_type: r.work_type,
    device: { type: r.device_type, brand: r.device_brand, model: r.device_model, serial: r.device_serial },
    problem: r.problem,
    accessories: r.accessories?.items ?? [],
    intake_condition: r.intake_condition,
    return_condition: r.return_condition,
    estimate: r.estimate_cents === null ? null : { amount: r.estimate_cents / 100, note: r.estimate_note, status: r.estimate_status },
    visibility_acknowledged_at: r.visibility_ack_at,
    visibility_text_version: r.visibility_ack_version,
    permanent_deletion_allowed_at: r.permanent_deletion_at,
    data_wishes: r.data_wishes,
    backup_keep_until: r.backup_keep_until,
    backup_delete_sooner_at: r.backup_delete_sooner_at,
    delivered_at: r.delivered_at,
    created_at: r.created_at,
    history: d.history.map((h: any) => ({ from_status: h.from_status, to_status: h.to_status, at: h.created_at })),
    consents: d.consents.map((c: any) => ({
      scope: c.scope,
      text_version: c.text_version,
      method: c.method,
      given_at: c.given_at,
      withdrawn_at: c.withdrawn_at,
    })),
    backups: d.backups.map((b: any) => ({ id: b.id, category: b.category, delete_on: b.delete_on, removed_at: b.removed_at })),
    deletion_certificates: d.certificates.map((c: any) => ({ backup_id: c.backup_id, category: c.category, removed_at: c.removed_at, sha256: c.sha256 })),
    requests: d.requests.map((q: any) => ({ kind: q.kind, keep_until: q.keep_until, text: q.text, via: q.via, at: q.created_at })),
  }
}

/** The tracking view: status history only, no personal data beyond what the customer needs. */
export function trackingView(d: Dossier) {
  const r = d.repair
  return {
    id: r.id,
    status: r.status,
    device: `${r.device_brand} ${r.device_model}`,
    locale: r.locale,
    history: d.history.map((h: any) => ({ status: h.to_status, at: h.created_at })),
    estimate: r.estimate_cents === null ? null : { amount: r.estimate_cents / 100, status: r.estimate_status },
    backups: d.backups.map((b: any) => ({ category: b.category, delete_on: b.delete_on, removed_at: b.removed_at })),
  }
}
