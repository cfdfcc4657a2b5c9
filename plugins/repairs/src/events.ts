/** Events emitted by the repairs plugin; payload is always `{ id }`. */
export const RepairEvents = {
  REPAIR_CREATED: "repair.repair.created",
  STATUS_CHANGED: "repair.repair.status_changed",
  BACKUP_REGISTERED: "repair.backup.registered",
  BACKUP_DELETED: "repair.backup.deleted",
  REQUEST_RECORDED: "repair.request.recorded",
} as const
