/**
 * The cross-plugin privacy contract. Every module that stores personal data adds
 * these methods to its main service; the privacy plugin finds them by duck typing.
 *
 * This file is identical in every plugin of the pack (no plugin imports another);
 * `src/__tests__/privacy-contract.unit.spec.ts` at the repository root fails when a
 * copy drifts, and each plugin's `privacy-contract.conformance.ts` fails the
 * typecheck when its module service stops implementing `PersonalDataProvider`.
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
  /**
   * Optional batch forms, used by retention (hundreds of subjects per batch) when present; without them the
   * privacy plugin calls the single-subject methods once per subject. Same semantics, aggregated counts:
   * `eraseSubjectsData` must be idempotent like `eraseSubjectData`; `getLegalHoldsForSubjects` returns one
   * list per subject, in the order given.
   */
  eraseSubjectsData?(subjects: PrivacySubject[]): Promise<SubjectErasureResult>
  getLegalHoldsForSubjects?(subjects: PrivacySubject[]): Promise<LegalHold[][]>
}
