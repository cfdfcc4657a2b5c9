export const listConsentTextsQueryConfig = {
  defaults: ["id", "locale", "version", "body", "created_at"],
  defaultLimit: 100,
  isList: true,
}
