export const listMailLogQueryConfig = {
  defaults: ["id", "to", "template", "status", "resource_type", "resource_id", "external_id", "provider_data", "created_at"],
  defaultLimit: 50,
  isList: true,
}
