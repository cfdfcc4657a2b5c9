export const listRetentionRunsQueryConfig = {
  defaults: ["id", "dry_run", "status", "actor", "started_at", "finished_at", "counts", "failures"],
  defaultLimit: 20,
  isList: true,
}
