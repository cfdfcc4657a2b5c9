export const listRequestsQueryConfig = {
  defaults: [
    "id", "type", "status", "channel", "customer_id", "subject_email", "received_at", "due_at",
    "execute_after", "completed_at", "handled_by", "note", "created_at", "updated_at",
  ],
  defaultLimit: 200,
  isList: true,
}
