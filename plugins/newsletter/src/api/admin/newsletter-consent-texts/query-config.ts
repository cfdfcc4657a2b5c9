export const listConsentTextsQueryConfig = {
  defaults: ["id", "locale", "version", "body", "created_at"],
  /** What `?fields=` may name. */
  allowed: ["id", "locale", "version", "body", "hash", "created_at"],
  defaultLimit: 100,
  isList: true,
}
