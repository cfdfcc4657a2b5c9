import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { LegalHold, PersonalDataProvider, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "../types/contract"
import { createMedusaCoreProvider } from "./medusa-core-data"

export function isPersonalDataProvider(service: unknown): service is PersonalDataProvider {
  const s = service as Record<string, unknown> | null
  return (
    !!s &&
    typeof s.getPersonalDataDescriptor === "function" &&
    typeof s.exportSubjectData === "function" &&
    typeof s.eraseSubjectData === "function"
  )
}

/**
 * Every loaded module service that implements the privacy contract (found by duck typing, no imports),
 * plus the plugin's provider for Medusa's own modules. Works with no other plugin installed.
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

export async function eraseSubject(container: MedusaContainer, subject: PrivacySubject): Promise<SubjectErasureResult[]> {
  const out: SubjectErasureResult[] = []
  // Other modules first, Medusa's customer last: they may still need to read it.
  const providers = discoverPersonalDataProviders(container)
  for (const p of [...providers.slice(1), providers[0]]) out.push(await p.eraseSubjectData(subject))
  return out
}

export async function collectLegalHolds(container: MedusaContainer, subject: PrivacySubject): Promise<LegalHold[]> {
  const holds: LegalHold[] = []
  const privacy = container.resolve("privacy") as any
  if (subject.customer_id) {
    const manual = await privacy.listLegalHolds({ customer_id: subject.customer_id, released_at: null })
    manual.forEach((h: any) => holds.push({ module: "privacy", reason: h.reason, reference: h.id }))
  }
  for (const p of discoverPersonalDataProviders(container)) {
    if (typeof p.getLegalHolds === "function") holds.push(...(await p.getLegalHolds(subject)))
  }
  return holds
}
