/** Every enum of the repairs module, defined once: models, validators, admin UI and README use these. */
export const REPAIR_STATUSES = ["intake", "diagnosing", "awaiting_approval", "in_progress", "ready_for_pickup", "delivered", "closed", "cancelled"] as const
export type RepairStatus = (typeof REPAIR_STATUSES)[number]

/** States from which a repair can still be cancelled (and that are a legal hold for erasure). */
export const OPEN_STATUSES: RepairStatus[] = ["intake", "diagnosing", "awaiting_approval", "in_progress", "ready_for_pickup"]

export const WORK_TYPES = ["reinstall", "repair", "upgrade", "diagnosis"] as const
export type WorkType = (typeof WORK_TYPES)[number]

export const DEVICE_TYPES = ["desktop", "laptop", "tablet", "phone", "other"] as const

/** File-access scopes (P18). `none` records an explicit "no access at all". */
export const CONSENT_SCOPES = ["none", "boot_test", "open_named_folders", "read_product_code", "copy_user_data", "wipe_reinstall"] as const
export type ConsentScope = (typeof CONSENT_SCOPES)[number]
/** Scopes a technician can record a file access under (everything but `none`). */
export const ACCESS_SCOPES = CONSENT_SCOPES.filter((s) => s !== "none") as Exclude<ConsentScope, "none">[]

export const CONSENT_METHODS = ["desk_signature", "store_api"] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

export const BACKUP_CATEGORIES = ["photos", "documents", "email", "address_book", "other"] as const
export type BackupCategory = (typeof BACKUP_CATEGORIES)[number]

export const ESTIMATE_STATUSES = ["none", "pending", "approved", "declined"] as const

export const REQUEST_KINDS = ["keep_longer", "delete_sooner", "data_wish"] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export const LOCALES = ["nl", "en"] as const
export type Locale = (typeof LOCALES)[number]
