/**
 * Type-level contract between @softshop/medusa-js and the plugins' own code. The root typecheck
 * (`npm test -- typecheck`) compiles this file: when a validator or serializer of a plugin changes,
 * an `expectEqual` below stops compiling until the client's types follow. Responses that routes
 * build inline are checked at runtime instead (integration-tests/http/storefront/medusa-js.spec.ts).
 */
import type { z } from "zod"
import type { ownBid, publicBid, publicLot, winOf } from "../../../plugins/auctions/src/utils/serialize"
import type {
  StoreBuyNow,
  StoreListAuctions,
  StorePlaceBid,
} from "../../../plugins/auctions/src/api/store/auctions/validators"
import type { StoreListAuctionWins } from "../../../plugins/auctions/src/api/store/auction-wins/validators"
import type {
  StoreConfirmSubscription,
  StoreSubscribe,
  StoreUnsubscribeByToken,
  StoreUpdateMySubscription,
} from "../../../plugins/newsletter/src/api/store/newsletter-subscriptions/validators"
import type { ConfirmOutcome } from "../../../plugins/newsletter/src/modules/newsletter/service"
import type {
  StoreCreateErasureRequest,
  StoreGetConsent,
  StoreGetPolicyText,
  StoreRecordConsent,
  StoreWithdrawConsent,
} from "../../../plugins/privacy/src/api/store/privacy/validators"
import type { readConsent } from "../../../plugins/privacy/src/utils/consent"
import type {
  MultiSafepaySessionDataInput,
  StoreListMultiSafepayMethods,
} from "../../../plugins/payment-multisafepay/src/api/store/multisafepay/payment-methods/validators"
import type * as A from "../src/schemas/auctions"
import type * as N from "../src/schemas/newsletter"
import type * as P from "../src/schemas/privacy"
import type * as M from "../src/schemas/multisafepay"

/** Each assignable to the other, field by field (a missing, extra-required, renamed or retyped field fails). */
type Equal<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false
/** Compiles only when X and Y describe the same values. */
export function expectEqual<X, Y>(..._proof: Equal<X, Y> extends true ? [] : [never]) {}

// auctions: request bodies and queries
expectEqual<A.PlaceBidBody, z.input<typeof StorePlaceBid>>()
expectEqual<A.BuyNowBody, z.input<typeof StoreBuyNow>>()
// (the query is coerced from strings: compare with what the route receives)
expectEqual<Required<A.ListAuctionsQuery>, z.output<typeof StoreListAuctions>>()
// auctions: responses come from the serializers
expectEqual<A.AuctionLot, ReturnType<typeof publicLot>>()
expectEqual<A.PublicBid, ReturnType<typeof publicBid>>()
expectEqual<A.OwnBid, ReturnType<typeof ownBid>>()
expectEqual<A.AuctionWin, ReturnType<typeof winOf>>()
expectEqual<Required<A.ListAuctionWinsQuery>, Required<z.output<typeof StoreListAuctionWins>>>()

// newsletter
expectEqual<N.SubscribeBody, z.input<typeof StoreSubscribe>>()
expectEqual<N.UpdateMySubscriptionBody, z.input<typeof StoreUpdateMySubscription>>()
expectEqual<N.TokenBody, z.input<typeof StoreConfirmSubscription>>()
expectEqual<N.TokenBody, z.input<typeof StoreUnsubscribeByToken>>()
expectEqual<N.ConfirmResponse["outcome"], ConfirmOutcome>()

// privacy
expectEqual<P.RecordConsentBody, z.input<typeof StoreRecordConsent>>()
expectEqual<P.WithdrawConsentBody, z.input<typeof StoreWithdrawConsent>>()
expectEqual<P.GetConsentQuery, z.input<typeof StoreGetConsent>>()
expectEqual<P.PolicyTextQuery, z.input<typeof StoreGetPolicyText>>()
expectEqual<P.CreateErasureRequestBody, z.input<typeof StoreCreateErasureRequest>>()
expectEqual<P.ConsentState, Awaited<ReturnType<typeof readConsent>>>()

// MultiSafepay
expectEqual<M.ListPaymentMethodsQuery, z.input<typeof StoreListMultiSafepayMethods>>()
expectEqual<M.MultiSafepaySessionData, z.input<typeof MultiSafepaySessionDataInput>>()
