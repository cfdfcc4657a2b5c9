export const listFailedSubjectsQueryConfig = {
  defaults: ["id", "customer_id", "failed_at"],
  defaultLimit: 50,
  isList: true,
}
