export * from "./multisafepay/reconcile-sessions"
export * from "./multisafepay/resolve-late-payment"
export { clock as multisafepayClock } from "../core/registry"
