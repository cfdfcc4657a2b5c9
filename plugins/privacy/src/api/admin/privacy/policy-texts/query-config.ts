export const listPolicyTextsQueryConfig = {
  defaults: ["id", "kind", "version", "locale", "body", "hash", "published_at", "created_at"],
  defaultLimit: 100,
  isList: true,
}
