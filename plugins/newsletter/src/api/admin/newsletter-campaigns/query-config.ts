export const listCampaignsQueryConfig = {
  defaults: ["id", "subject", "status", "created_at", "updated_at"],
  defaultLimit: 20,
  isList: true,
}
