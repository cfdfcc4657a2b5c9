import { seg, Transport } from "../client"
import {
  AcknowledgeVisibilityBody,
  EstimateDecisionBody,
  GiveRepairConsentBody,
  ListRepairsQuery,
  ListRepairsResponse,
  RepairRequestBody,
  RepairRequestResponse,
  RepairResponse,
  RepairTextsQuery,
  RepairTextsResponse,
  TrackRepairResponse,
  WithdrawRepairConsentBody,
} from "../schemas/repairs"

/** Repairs (`@softshop/medusa-repairs`): tracking, own repairs, estimate, file-access consent, backup requests. */
export function repairs(t: Transport) {
  const post = <T>(route: string, id: string, tail: string, schema: Parameters<Transport["request"]>[2], body: unknown) =>
    t.request(route, `/store/repairs/${seg(id)}/${tail}`, schema, { method: "POST", body }) as Promise<T>
  return {
    /** `GET /store/repairs/track?token=`: the status behind a tracking link (no login). 400 for a tampered or expired link. */
    track: (token: string) => t.request("GET /store/repairs/track", "/store/repairs/track", TrackRepairResponse, { query: { token } }),
    /** `GET /store/repair-texts`: the versioned texts to show before consent / acknowledgement / early deletion, and the scope labels. */
    texts: (query: RepairTextsQuery = {}) => t.request("GET /store/repair-texts", "/store/repair-texts", RepairTextsResponse, { query }),
    /** `GET /store/repairs` (customer): own repairs, newest first. */
    list: (query: ListRepairsQuery = {}) => t.request("GET /store/repairs", "/store/repairs", ListRepairsResponse, { query }),
    /** `GET /store/repairs/:id` (customer): another customer's repair is a 404. */
    retrieve: (id: string) => t.request("GET /store/repairs/:id", `/store/repairs/${seg(id)}`, RepairResponse),
    /** `POST /store/repairs/:id/estimate` (customer): approve or decline the estimate. */
    decideEstimate: (id: string, body: EstimateDecisionBody) => post<RepairResponse>("POST /store/repairs/:id/estimate", id, "estimate", RepairResponse, body),
    /** `POST /store/repairs/:id/consents` (customer, 201): file-access consent for the named scopes, with the text version shown. */
    giveConsent: (id: string, body: GiveRepairConsentBody) => post<RepairResponse>("POST /store/repairs/:id/consents", id, "consents", RepairResponse, body),
    /** `POST /store/repairs/:id/consents/withdraw` (customer): withdraws all scopes unless some are named. */
    withdrawConsent: (id: string, body: WithdrawRepairConsentBody = {}) =>
      post<RepairResponse>("POST /store/repairs/:id/consents/withdraw", id, "consents/withdraw", RepairResponse, body),
    /** `POST /store/repairs/:id/visibility-acknowledgement` (customer): "file names and thumbnails stay visible" read. */
    acknowledgeVisibility: (id: string, body: AcknowledgeVisibilityBody) =>
      post<RepairResponse>("POST /store/repairs/:id/visibility-acknowledgement", id, "visibility-acknowledgement", RepairResponse, body),
    /** `POST /store/repairs/:id/requests` (customer, 201): keep backups longer, delete them sooner at own risk, or a data wish. */
    request: (id: string, body: RepairRequestBody) =>
      post<RepairRequestResponse>("POST /store/repairs/:id/requests", id, "requests", RepairRequestResponse, body),
  }
}
