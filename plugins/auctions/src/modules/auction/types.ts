import type { InferTypeOf } from "@medusajs/framework/types"
import type { IncrementStep } from "./engine"
import type AuctionBid from "./models/auction-bid"
import type AuctionLot from "./models/auction-lot"

export type BidRejectionCode = "too_low" | "already_leading" | "not_started" | "ended" | "cancelled" | "banned" | "buy_now_unavailable"

/**
 * Rows as the database returns them (money in cents), inferred from the data models so a column added to a
 * model is a column of its row type. `increments` is a JSON column: its shape is the engine's. The relations
 * and soft-delete column of the inferred type are left out (rows are read without them).
 */
type Inferred<T> = Omit<T, "deleted_at">
export type LotRow = Omit<Inferred<InferTypeOf<typeof AuctionLot>>, "increments"> & { increments: IncrementStep[] }
export type BidRow = Inferred<InferTypeOf<typeof AuctionBid>>

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult, LegalHold } from "../../types/privacy-contract"
