export const listAuditLogsQueryConfig = {
  defaults: ["id", "rule", "actor", "counts", "subject_ref", "run_id", "occurred_at"],
  defaultLimit: 50,
  isList: true,
}
