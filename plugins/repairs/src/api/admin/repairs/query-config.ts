export const defaultAdminRepairFields = [
  "id",
  "customer_id",
  "technician_user_id",
  "status",
  "work_type",
  "device_type",
  "device_brand",
  "device_model",
  "estimate_status",
  "delivered_at",
  "created_at",
  "updated_at",
]

export const listAdminRepairsQueryConfig = {
  defaults: defaultAdminRepairFields,
  defaultLimit: 20,
  isList: true,
}

export const defaultAdminBackupFields = [
  "id",
  "repair_id",
  "category",
  "store_id",
  "size_bytes",
  "sha256",
  "delete_on",
  "delete_by",
  "removed_at",
  "created_at",
]

export const listAdminBackupsQueryConfig = {
  defaults: defaultAdminBackupFields,
  defaultLimit: 50,
  isList: true,
}
