import { seg, Transport } from "../client"
import {
  ConsentResponse,
  CreateErasureRequestBody,
  DataSubjectRequestResponse,
  ExportLinkResponse,
  ExportResponse,
  ListDataSubjectRequestsResponse,
  PolicyTextQuery,
  PolicyTextResponse,
  RecordConsentBody,
  WithdrawConsentBody,
} from "../schemas/privacy"

/** Privacy (`@softshop/medusa-privacy`): cookie consent, data export and erasure requests. */
export function privacy(t: Transport) {
  return {
    /** `GET /store/privacy/policy-texts/current`: the cookie (or privacy statement) text to show; send its id with the choice. */
    policyText: (query: PolicyTextQuery = {}) =>
      t.request("GET /store/privacy/policy-texts/current", "/store/privacy/policy-texts/current", PolicyTextResponse, {
        query,
      }),
    /**
     * `GET /store/privacy/consents?visitor_id=`: current choices; anything never chosen reads as denied.
     * Without a visitor id the shop issues a signed one (`consent.visitor_id`): keep it for later calls.
     */
    consent: (visitorId?: string | null) =>
      t.request("GET /store/privacy/consents", "/store/privacy/consents", ConsentResponse, {
        query: visitorId ? { visitor_id: visitorId } : {},
      }),
    /** `POST /store/privacy/consents`: records a choice per category with the text version shown. */
    recordConsent: (body: RecordConsentBody) => t.request("POST /store/privacy/consents", "/store/privacy/consents", ConsentResponse, { method: "POST", body }),
    /** `POST /store/privacy/consents/withdraw`: withdraws (all non-necessary categories unless named). */
    withdrawConsent: (body: WithdrawConsentBody) =>
      t.request("POST /store/privacy/consents/withdraw", "/store/privacy/consents/withdraw", ConsentResponse, {
        method: "POST",
        body,
      }),
    /** `GET /store/privacy/export` (customer): everything the shop holds about the customer, as JSON. */
    export: () => t.request("GET /store/privacy/export", "/store/privacy/export", ExportResponse),
    /** `POST /store/privacy/export-links` (customer): a signed 15-minute link to a ZIP of the export. */
    exportLink: () =>
      t.request("POST /store/privacy/export-links", "/store/privacy/export-links", ExportLinkResponse, {
        method: "POST",
        body: {},
      }),
    /** `GET /store/privacy/erasure-requests` (customer): the customer's data subject requests, newest first. */
    listRequests: () => t.request("GET /store/privacy/erasure-requests", "/store/privacy/erasure-requests", ListDataSubjectRequestsResponse),
    /** `POST /store/privacy/erasure-requests` (customer): confirmed with the current password; runs after the cooling-off. */
    requestErasure: (body: CreateErasureRequestBody) =>
      t.request("POST /store/privacy/erasure-requests", "/store/privacy/erasure-requests", DataSubjectRequestResponse, {
        method: "POST",
        body,
      }),
    /** `POST /store/privacy/erasure-requests/:id/cancel` (customer): only while cooling off. */
    cancelErasure: (id: string) =>
      t.request("POST /store/privacy/erasure-requests/:id/cancel", `/store/privacy/erasure-requests/${seg(id)}/cancel`, DataSubjectRequestResponse, {
        method: "POST",
        body: {},
      }),
  }
}
