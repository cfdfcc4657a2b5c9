import { seg, Transport } from "../client"
import {
  ClaimPrizeBody,
  ContestClaimResponse,
  ContestEntryResponse,
  ContestWinnersResponse,
  EnterContestBody,
  EnterContestResponse,
  ListContestEntriesQuery,
  ListContestEntriesResponse,
  ListContestsQuery,
  ListContestsResponse,
  RetrieveContestResponse,
} from "../schemas/contests"

/** Contests (`@softshop/medusa-contests`): open contests, terms, entering, own entries and the verifiable winners list. */
export function contests(t: Transport) {
  return {
    /** `GET /store/contests`: published and drawn contests, newest end first. */
    list: (query: ListContestsQuery = {}) => t.request("GET /store/contests", "/store/contests", ListContestsResponse, { query }),
    /** `GET /store/contests/:id`: the contest with its current terms (send `terms.version` when entering) and the seed commitment. */
    retrieve: (id: string) => t.request("GET /store/contests/:id", `/store/contests/${seg(id)}`, RetrieveContestResponse),
    /** `POST /store/contests/:id/entries` (customer, 201): 409 when already entered, 400 after the end. */
    enter: (id: string, body: EnterContestBody) =>
      t.request("POST /store/contests/:id/entries", `/store/contests/${seg(id)}/entries`, EnterContestResponse, { method: "POST", body }),
    /** `GET /store/contests/:id/entries/me` (customer): own entry in a contest; 404 when none. */
    myEntry: (id: string) => t.request("GET /store/contests/:id/entries/me", `/store/contests/${seg(id)}/entries/me`, ContestEntryResponse),
    /** `GET /store/contest-entries` (customer): own entries, newest first. */
    myEntries: (query: ListContestEntriesQuery = {}) =>
      t.request("GET /store/contest-entries", "/store/contest-entries", ListContestEntriesResponse, { query }),
    /** `GET /store/contest-entries/:id` (customer): one own entry. */
    entry: (id: string) => t.request("GET /store/contest-entries/:id", `/store/contest-entries/${seg(id)}`, ContestEntryResponse),
    /** `GET /contests/claim?token=` (the winner mail's link): the prize, its deadline and whether it was claimed. */
    claimView: (token: string) => t.request("GET /contests/claim", "/contests/claim", ContestClaimResponse, { query: { token } }),
    /** `POST /contests/claim`: claims the prize before the deadline (409 when already claimed, 400 after the deadline). */
    claim: (body: ClaimPrizeBody) => t.request("POST /contests/claim", "/contests/claim", ContestClaimResponse, { method: "POST", body }),
    /** `GET /store/contests/:id/winners`: the announcement with the verification data (seed, commitment, snapshot hash). */
    winners: (id: string) => t.request("GET /store/contests/:id/winners", `/store/contests/${seg(id)}/winners`, ContestWinnersResponse),
  }
}
