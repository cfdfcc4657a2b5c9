export type PrivacySubject = { customer_id?: string | null; email?: string | null }

export type PersonalDataDescriptor = {
  module: string
  entities: { entity: string; personal_fields: string[]; description: string }[]
}

export type SubjectDataExport = { module: string; entities: Record<string, Record<string, unknown>[]> }

export type SubjectErasureResult = {
  module: string
  erased: Record<string, number>
  anonymized: Record<string, number>
}

/** Who asked, from where: stored on the consent ledger. */
export type RequestContext = {
  ip?: string | null
  user_agent?: string | null
  source?: string | null
  locale?: string | null
}
