/**
 * The cross-plugin privacy contract. Every module that stores personal data adds
 * these methods to its main service; the privacy plugin finds them by duck typing.
 */
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

export type LegalHold = { module: string; reason: string; reference?: string }

export interface PersonalDataProvider {
  getPersonalDataDescriptor(): PersonalDataDescriptor
  exportSubjectData(subject: PrivacySubject): Promise<SubjectDataExport>
  eraseSubjectData(subject: PrivacySubject): Promise<SubjectErasureResult>
  getLegalHolds?(subject: PrivacySubject): Promise<LegalHold[]>
}
