export * from "./erasure/erase-subject"
export * from "./retention/anonymize-fiscal-orders"
