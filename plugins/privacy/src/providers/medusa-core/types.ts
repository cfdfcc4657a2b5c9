/** What an erasure batch removed from Medusa's records: the input of the trace and link steps after it. */
export type RemovedCoreRecords = { customer_ids: string[]; cart_ids: string[]; deleted_customer_ids: string[] }
