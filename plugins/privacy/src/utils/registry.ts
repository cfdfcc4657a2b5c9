import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { LegalHold, PersonalDataProvider, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "../types/privacy-contract"
import { createMedusaCoreProvider } from "../providers/medusa-core"

export function isPersonalDataProvider(service: unknown): service is PersonalDataProvider {
  const s = service as Record<string, unknown> | null
  return !!s && typeof s.getPersonalDataDescriptor === "function" && typeof s.exportSubjectData === "function" && typeof s.eraseSubjectData === "function"
}

/**
 * Every loaded module service that implements the privacy contract (found by duck typing, no imports),
 * after the plugin's provider for Medusa's own modules (always first). Works with no other plugin installed.
 */
export function discoverPersonalDataProviders(container: MedusaContainer): PersonalDataProvider[] {
  const providers: PersonalDataProvider[] = [createMedusaCoreProvider(container)]
  const seen = new Set<unknown>()
  for (const loaded of MedusaModule.getLoadedModules()) {
    for (const key of Object.keys(loaded ?? {})) {
      let service: unknown
      try {
        service = container.resolve(key, { allowUnregistered: true }) ?? (loaded as any)[key]
      } catch {
        service = (loaded as any)[key]
      }
      if (seen.has(service) || !isPersonalDataProvider(service)) continue
      seen.add(service)
      providers.push(service)
    }
  }
  return providers
}

export async function exportSubject(container: MedusaContainer, subject: PrivacySubject): Promise<SubjectDataExport[]> {
  const out: SubjectDataExport[] = []
  for (const p of discoverPersonalDataProviders(container)) out.push(await p.exportSubjectData(subject))
  return out
}

/**
 * Erases many subjects in every registered module except Medusa's own (the erasure workflows run the Medusa
 * core provider as a step of its own, after this one: other modules may still need to read the customer).
 * Each provider's batch method when it has one, else its single-subject method per subject (counts summed).
 */
export async function eraseSubjectsInModules(container: MedusaContainer, subjects: PrivacySubject[]): Promise<SubjectErasureResult[]> {
  if (!subjects.length) return []
  // The modules do not depend on each other (each erases its own records): a batch reaches them together, and all
  // settle before the step ends (the results in provider order).
  const results = await Promise.allSettled(
    discoverPersonalDataProviders(container)
      .slice(1)
      .map(async (p) => {
        if (typeof p.eraseSubjectsData === "function") return p.eraseSubjectsData(subjects)
        const sum: SubjectErasureResult = { module: p.getPersonalDataDescriptor().module, erased: {}, anonymized: {} }
        for (const subject of subjects) {
          const r = await p.eraseSubjectData(subject)
          sum.module = r.module
          for (const [k, n] of Object.entries(r.erased)) sum.erased[k] = (sum.erased[k] ?? 0) + n
          for (const [k, n] of Object.entries(r.anonymized)) sum.anonymized[k] = (sum.anonymized[k] ?? 0) + n
        }
        return sum
      })
  )
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected")
  if (failed) throw failed.reason
  return results.map((r) => (r as PromiseFulfilledResult<SubjectErasureResult>).value)
}

export async function collectLegalHolds(container: MedusaContainer, subject: PrivacySubject): Promise<LegalHold[]> {
  return (await collectLegalHoldsForSubjects(container, [subject]))[0]
}

/** Legal holds of many subjects (one list per subject, same order): manual holds plus every provider's. */
export async function collectLegalHoldsForSubjects(container: MedusaContainer, subjects: PrivacySubject[]): Promise<LegalHold[][]> {
  const holds: LegalHold[][] = subjects.map(() => [])
  if (!subjects.length) return holds
  const privacy = container.resolve("privacy") as any
  const ids = subjects.map((s) => s.customer_id).filter((id): id is string => !!id)
  if (ids.length) {
    const manual = await privacy.listLegalHolds({ customer_id: ids, released_at: null }, { select: ["id", "customer_id", "reason"] })
    subjects.forEach((s, i) => {
      for (const h of manual) if (h.customer_id === s.customer_id) holds[i].push({ module: "privacy", reason: h.reason, reference: h.id })
    })
  }
  // Reads only: every provider asked at once, their holds added in provider order.
  const perProvider = await Promise.all(
    discoverPersonalDataProviders(container).map(async (p): Promise<LegalHold[][] | null> => {
      if (typeof p.getLegalHoldsForSubjects === "function") return p.getLegalHoldsForSubjects(subjects)
      if (typeof p.getLegalHolds !== "function") return null
      const lists: LegalHold[][] = []
      for (const subject of subjects) lists.push(await p.getLegalHolds(subject))
      return lists
    })
  )
  for (const lists of perProvider) lists?.forEach((list, i) => holds[i].push(...(list ?? [])))
  return holds
}
