export const listProcessorsQueryConfig = {
  defaults: ["id", "name", "purpose", "data_categories", "location", "active", "created_at", "updated_at"],
  defaultLimit: 200,
  isList: true,
}
