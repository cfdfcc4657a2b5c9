/**
 * Type-level contract between @softshop/medusa-js and the plugins' own code. The root typecheck
 * (`npm test -- typecheck`) compiles this file: when a validator or serializer of a plugin changes,
 * an `expectEqual` below stops compiling until the client's types follow. Responses that routes
 * build inline are checked at runtime instead (integration-tests/http/storefront/medusa-js.spec.ts).
 */
import type { z } from "zod"
import type { ownBid, publicBid, publicLot, winOf } from "../../../plugins/auctions/src/utils/serialize"
import type { StoreBuyNow, StoreListAuctions, StorePlaceBid } from "../../../plugins/auctions/src/api/store/auctions/validators"
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
import type { ownReview, publicReview, publicSummary } from "../../../plugins/reviews/src/utils/serialize"
import type {
  StoreAddPhoto,
  StoreEditReview,
  StoreGetSummary,
  StoreListOwnReviews,
  StoreListReviews,
  StoreLocaleQuery,
  StoreSetIdentity,
  StoreSubmitReview,
} from "../../../plugins/reviews/src/api/store/reviews/validators"
import type { storeRepair, trackingView } from "../../../plugins/repairs/src/utils/serialize"
import type { currentText } from "../../../plugins/repairs/src/modules/repair/texts"
import type {
  StoreAck,
  StoreConsent,
  StoreEstimate,
  StoreListRepairs,
  StoreRequest,
  StoreTexts,
  StoreTrack,
  StoreWithdraw,
} from "../../../plugins/repairs/src/api/store/repairs/validators"
import type { ownEntry, publicContest, publicWinner, verification } from "../../../plugins/contests/src/utils/serialize"
import type { StoreEnterContest, StoreListContests } from "../../../plugins/contests/src/api/store/contests/validators"
import type { ClaimBody } from "../../../plugins/contests/src/api/contests/claim/validators"
import type * as R from "../src/schemas/reviews"
import type * as RP from "../src/schemas/repairs"
import type * as C from "../src/schemas/contests"
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

/** What JSON.stringify makes of a serializer's value: dates become ISO strings. */
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T

// reviews: request bodies and queries
expectEqual<R.SubmitReviewBody, z.input<typeof StoreSubmitReview>>()
expectEqual<R.EditReviewBody, z.input<typeof StoreEditReview>>()
expectEqual<R.SetReviewIdentityBody, z.input<typeof StoreSetIdentity>>()
expectEqual<R.AddReviewPhotoBody, z.input<typeof StoreAddPhoto>>()
// (queries are coerced from strings: the same names, and the enums the route accepts)
expectEqual<keyof R.ListReviewsQuery, keyof z.input<typeof StoreListReviews>>()
expectEqual<R.ListReviewsQuery["sort"], z.input<typeof StoreListReviews>["sort"]>()
expectEqual<R.ListReviewsQuery["verified"], z.input<typeof StoreListReviews>["verified"]>()
expectEqual<R.ReviewSummaryQuery, z.input<typeof StoreGetSummary>>()
expectEqual<R.ReviewLocaleQuery, z.input<typeof StoreLocaleQuery>>()
expectEqual<Required<R.ListOwnReviewsQuery>, z.output<typeof StoreListOwnReviews>>()
// reviews: responses come from the serializers
expectEqual<R.PublicReview, ReturnType<typeof publicReview>>()
expectEqual<R.OwnReview, ReturnType<typeof ownReview>>()
expectEqual<R.ReviewSummary, ReturnType<typeof publicSummary>>()

// repairs: request bodies and queries
expectEqual<RP.GiveRepairConsentBody, z.input<typeof StoreConsent>>()
expectEqual<RP.WithdrawRepairConsentBody, z.input<typeof StoreWithdraw>>()
expectEqual<RP.AcknowledgeVisibilityBody, z.input<typeof StoreAck>>()
expectEqual<RP.EstimateDecisionBody, z.input<typeof StoreEstimate>>()
expectEqual<RP.RepairRequestBody, z.input<typeof StoreRequest>>()
expectEqual<keyof RP.ListRepairsQuery, keyof z.output<typeof StoreListRepairs>>()
expectEqual<RP.ListRepairsQuery["order"], z.output<typeof StoreListRepairs>["order"]>()
expectEqual<RP.TrackRepairQuery, z.input<typeof StoreTrack>>()
expectEqual<RP.RepairTextsQuery, z.input<typeof StoreTexts>>()
// repairs: responses (the dossier's child rows are untyped there, so they are checked at runtime)
expectEqual<RP.StoreRepair, Json<ReturnType<typeof storeRepair>>>()
expectEqual<RP.TrackedRepair, Json<ReturnType<typeof trackingView>>>()
expectEqual<RP.RepairText, ReturnType<typeof currentText>>()

// contests
expectEqual<C.EnterContestBody, z.input<typeof StoreEnterContest>>()
expectEqual<C.ClaimPrizeBody, z.input<typeof ClaimBody>>()
expectEqual<Required<C.ListContestsQuery>, z.output<typeof StoreListContests>>()
expectEqual<C.PublicContest, ReturnType<typeof publicContest>>()
expectEqual<C.ContestEntry, ReturnType<typeof ownEntry>>()
expectEqual<C.ContestWinner, ReturnType<typeof publicWinner>>()
expectEqual<C.ContestVerification, ReturnType<typeof verification>>()
