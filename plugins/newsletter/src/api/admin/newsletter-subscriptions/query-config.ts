export const listSubscriptionsQueryConfig = {
  defaults: ["id", "email", "status", "legal_basis", "locale", "source", "customer_id", "created_at", "confirmed_at", "unsubscribed_at"],
  /** What `?fields=` may name: every column but the internal hash and token version. */
  allowed: ["id", "email", "status", "legal_basis", "customer_id", "locale", "source", "confirmed_at", "unsubscribed_at", "created_at", "updated_at"],
  defaultLimit: 50,
  isList: true,
}
