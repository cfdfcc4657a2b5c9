import { z } from "zod"

/** Bodies and queries as `plugins/privacy/src/api/store/privacy/validators.ts` accepts them. */
export type ConsentChoices = { analytics: boolean; marketing: boolean }
/**
 * `visitor_id` is issued and signed by the shop: omit it on the first call and keep the
 * `consent.visitor_id` of the answer (e.g. in localStorage) for the next ones.
 */
export type RecordConsentBody = { visitor_id?: string | undefined; policy_text_id: string; choices: ConsentChoices }
export type WithdrawConsentBody = { visitor_id?: string | undefined; categories?: ("analytics" | "marketing")[] | undefined }
export type GetConsentQuery = { visitor_id?: string | undefined }
export type PolicyTextQuery = { kind?: "cookies" | "privacy_statement" | undefined; locale?: string | undefined }
export type CreateErasureRequestBody = { password: string }

export const PolicyText = z.object({
  id: z.string(),
  kind: z.enum(["cookies", "privacy_statement"]),
  version: z.string(),
  locale: z.string(),
  body: z.string(),
  hash: z.string(),
  published_at: z.string(),
})
export type PolicyText = z.infer<typeof PolicyText>

export const PolicyTextResponse = z.object({ policy_text: PolicyText })
export type PolicyTextResponse = z.infer<typeof PolicyTextResponse>

const CategoryState = z.object({
  granted: z.boolean(),
  policy_text_version: z.string().nullable(),
  recorded_at: z.string().nullable(),
})

export const ConsentState = z.object({
  visitor_id: z.string(),
  customer_id: z.string().nullable(),
  categories: z.object({ necessary: CategoryState, analytics: CategoryState, marketing: CategoryState }),
})
export type ConsentState = z.infer<typeof ConsentState>

export const ConsentResponse = z.object({ consent: ConsentState })
export type ConsentResponse = z.infer<typeof ConsentResponse>

export const DataSubjectRequest = z.object({
  id: z.string(),
  type: z.enum(["access", "erasure", "rectification", "objection"]),
  status: z.enum(["received", "cooling_off", "in_progress", "completed", "cancelled", "rejected"]),
  received_at: z.string(),
  due_at: z.string(),
  execute_after: z.string().nullable(),
  completed_at: z.string().nullable(),
})
export type DataSubjectRequest = z.infer<typeof DataSubjectRequest>

export const ListDataSubjectRequestsResponse = z.object({
  data_subject_requests: z.array(DataSubjectRequest),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type ListDataSubjectRequestsResponse = z.infer<typeof ListDataSubjectRequestsResponse>

export const DataSubjectRequestResponse = z.object({ data_subject_request: DataSubjectRequest })
export type DataSubjectRequestResponse = z.infer<typeof DataSubjectRequestResponse>

export const SubjectExport = z.object({
  generated_at: z.string(),
  subject: z.object({ customer_id: z.string(), email: z.string().nullable() }),
  modules: z.array(z.object({ module: z.string(), entities: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) })),
  processors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      purpose: z.string(),
      data_categories: z.unknown(),
      location: z.string(),
    })
  ),
})
export type SubjectExport = z.infer<typeof SubjectExport>

export const ExportResponse = z.object({ export: SubjectExport })
export type ExportResponse = z.infer<typeof ExportResponse>

export const ExportLinkResponse = z.object({ export_link: z.object({ url: z.string(), expires_at: z.string() }) })
export type ExportLinkResponse = z.infer<typeof ExportLinkResponse>
