export * from "./multisafepay/reconcile-sessions"
export { clock as multisafepayClock } from "../core/registry"
