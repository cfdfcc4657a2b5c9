export * from "./multisafepay/reconcile-sessions"
export * from "./multisafepay/resolve-late-payment"
export { multisafepayProviderIds, resolveMultiSafepayProvider } from "../utils/provider"
