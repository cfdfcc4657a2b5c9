/** Emitted once per erased customer record, payload `{ id }` (the customer id), as Medusa's own delete does. */
export const CUSTOMER_DELETED_EVENT = "customer.deleted"
/** The plugin's own event after a data subject's records are erased, payload `{ id }` (the customer id). */
export const SUBJECT_ERASED_EVENT = "privacy.subject.erased"
