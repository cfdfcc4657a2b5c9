export * from "./repairs/create-repair"
export * from "./repairs/record-request"
export * from "./repairs/register-backup"
export * from "./repairs/transition-repair"
