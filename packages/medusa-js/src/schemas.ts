/** zod schemas of every response (and SSE event) the client types promise: for tests and runtime checks. */
export * as auctions from "./schemas/auctions"
export * as newsletter from "./schemas/newsletter"
export * as privacy from "./schemas/privacy"
export * as multisafepay from "./schemas/multisafepay"
export * as reviews from "./schemas/reviews"
export * as repairs from "./schemas/repairs"
export * as contests from "./schemas/contests"
