export const listSubscriptionsQueryConfig = {
  defaults: ["id", "email", "status", "legal_basis", "locale", "source", "customer_id", "created_at", "confirmed_at", "unsubscribed_at"],
  defaultLimit: 50,
  isList: true,
}
