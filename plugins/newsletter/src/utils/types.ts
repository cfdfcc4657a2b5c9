/** Who asked, from where: stored on the consent ledger. */
export type RequestContext = {
  ip?: string | null
  user_agent?: string | null
  source?: string | null
  locale?: string | null
}

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult } from "../types/privacy-contract"
