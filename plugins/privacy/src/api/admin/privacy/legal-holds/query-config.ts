export const listLegalHoldsQueryConfig = {
  defaults: ["id", "customer_id", "reason", "reference", "created_by", "released_at", "released_by", "created_at", "updated_at"],
  defaultLimit: 100,
  isList: true,
}
