export const listCampaignsQueryConfig = {
  defaults: ["id", "subject", "status", "created_at", "updated_at"],
  /** What `?fields=` may name. */
  allowed: ["id", "subject", "html", "text", "markdown", "status", "send_at", "started_at", "completed_at", "created_at", "updated_at"],
  defaultLimit: 20,
  isList: true,
}
